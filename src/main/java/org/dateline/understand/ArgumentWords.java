package org.dateline.understand;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The word lists the event rules read (one word a line, "#" comments), kept apart from the shared WordLists. */
final class ArgumentWords {

    /** Nouns naming a proposal: "demand", "appeal", "offer" (see {@link ProposalAuthors}). */
    static final Set<String> PROPOSAL_NOUNS = read("proposal-nouns.txt");
    /** Verbs of response to a proposal: "rejected", "accepted", "heeded" (see {@link ProposalAuthors#answered}). */
    static final Set<String> RESPONSE_VERBS = read("response-verbs.txt");
    /** Verbs whose object is another's act: "condemned the killing" (see EventArguments.subjectChain). */
    static final Set<String> STANCE_VERBS = read("stance-verbs.txt");

    /** Nouns of a document one issues: "statement", "declaration" (see EventArguments.subject). */
    static final Set<String> DOCUMENT_NOUNS = read("document-nouns.txt");

    /** Verbs of calling another before one or going to it: "summoned the ambassador to complain" (SpeechActClauses). */
    static final Set<String> SUMMONING_VERBS = read("summoning-verbs.txt");

    /** Nouns for an office's holder besides the title heads: "leader" (see {@link TitledNames}). */
    static final Set<String> OFFICE_WORDS = read("office-words.txt");

    /** Weapons and blasts that news names instead of who used them: "bomb", "landmine" (see attack-instruments.txt). */
    static final Set<String> ATTACK_INSTRUMENTS = read("attack-instruments.txt");

    private ArgumentWords() {
    }

    /** Whether a verb's object is another's act it judges, reports or looks into ("condemns the killing"). */
    static boolean speaksOfAnAct(AnnotatedText.Token verb) {
        return verb.tag().startsWith("VB") && STANCE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
    }

    /** The first column of a data file's rows, lower-cased (see {@link WordLists#rows}). */
    static Set<String> read(String file) {
        Set<String> words = new HashSet<>();
        WordLists.rows(file).forEach(row -> words.add(row[0].toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
