package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Subjects and agents the parser hangs on the wrong word, given back to their verb before the event rules read the
 * parse (EventFinder). Four misreadings recur in news:
 * <ul>
 * <li>A subject after a fronted phrase: "With the signing of the accord in Addis Ababa, Ethiopia and Eritrea agreed to
 * end the war". The parser reads the subject as one more noun of the fronted phrase (an apposition of "Cessation",
 * a conjunct of "Addis Ababa") and the verb as a subjectless root, or as a modifier of the fronted noun ("acl" of
 * "signing", whose subject the rules then take to be "signing"). A finite verb with no subject at all, whose words
 * just before it (but for its auxiliaries) are a noun phrase that opens after a comma and that the parser hangs
 * only on words before that comma, has that noun phrase as its subject (each of its conjuncts).</li>
 * <li>A by-agent after an interruption: "has been accused of misusing public funds, much of it believed to have been
 * embezzled, by government officials". The parser hangs "by government officials" on the nearest passive, the one
 * inside the interruption. A "by" phrase that follows a comma, hung on a passive that stands after a comma inside what
 * a passive verb without an agent of its own governs, is that verb's agent.</li>
 * <li>A name glossed in brackets within its noun phrase: "The Umma (Nation) party has said it will boycott the
 * elections". The parser makes the gloss the compound of "party" and hangs the name on the gloss ("dep"), so the
 * party's name is out of the noun phrase's reach. A name hung on a bracketed gloss that is itself a compound of the
 * noun after the brackets is a compound of that noun.</li>
 * <li>A relative clause whose verb the parser reads as a noun: "Niger, which borders Nigeria, closed its border with
 * Benin". It makes "borders" (tagged a verb or a plural noun) the subject of "closed" and "Niger" its object (and
 * "closed" a relative clause of "Niger"), so Nigeria closes the border on Niger. The word just after ", which/who/that"
 * that the parser makes the subject of the antecedent's relative clause, past a comma, is the relative clause's verb,
 * and the antecedent is the subject of the verb after the comma.</li>
 * </ul>
 */
final class LostSubjects {

    /** Tags of the words a subject noun phrase may hold ("the Sudanese government and SPLM/A"). */
    private static final Set<String> PHRASE_TAGS = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CC", "POS", "CD", "HYPH",
            "SYM", ":", "-LRB-", "-RRB-");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that");
    /** Relations by which a misread verb may hang on the fronted phrase, besides hanging on nothing. */
    private static final Set<String> MISREAD_HEADS = Set.of("acl", "dep", "appos");

    private LostSubjects() {
    }

    /** The dependencies with lost subjects and far agents given back to their verbs. */
    static List<AnnotatedText.Dependency> repaired(List<AnnotatedText.Dependency> dependencies, Reading reading) {
        if (dependencies.isEmpty()) {
            return dependencies;
        }
        List<AnnotatedText.Dependency> out = new ArrayList<>(dependencies);
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            for (int v = sentence.firstToken(); v < sentence.endToken(); v++) {
                subjectAfterFrontedPhrase(v, sentence, out, reading);
            }
        }
        for (AnnotatedText.Dependency ref : List.copyOf(out)) {
            misreadRelative(ref, out, reading);
        }
        for (AnnotatedText.Dependency gloss : List.copyOf(out)) {
            glossedName(gloss, out, reading);
        }
        for (AnnotatedText.Dependency agent : List.copyOf(out)) {
            if (agent.relation().equals("obl:agent")) {
                agentAfterInterruption(agent, out, reading);
            }
        }
        return out;
    }

    private static void subjectAfterFrontedPhrase(int v, AnnotatedText.Sentence sentence, List<AnnotatedText.Dependency> deps,
            Reading reading) {
        // every word of the report comes here: the tag is read before the report's dependencies are searched
        String tag = reading.token(v).tag();
        if (!(tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VBN"))
                || tag.equals("VBN") && deps.stream().noneMatch(d -> d.governor() == v && d.relation().equals("aux"))
                || deps.stream().anyMatch(d -> d.governor() == v && (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")
                        || d.relation().equals("expl")))) {
            return;
        }
        List<AnnotatedText.Dependency> heads = deps.stream().filter(d -> d.dependent() == v && d.governor() >= 0 && !d.relation().equals("root")).toList();
        if (heads.stream().anyMatch(h -> !MISREAD_HEADS.contains(h.relation()) || h.governor() > v)) {
            return;
        }
        // the words before the verb's first auxiliary, back to a comma
        int start = v;
        for (AnnotatedText.Dependency d : deps) {
            if (d.governor() == v && d.relation().startsWith("aux") && d.dependent() < start) {
                start = d.dependent();
            }
        }
        int comma = start - 1;
        while (comma > sentence.firstToken() && PHRASE_TAGS.contains(reading.token(comma).tag())
                && !reading.token(comma).text().equals(",")) {
            comma--;
        }
        if (comma <= sentence.firstToken() || comma >= start - 1 || !reading.token(comma).text().equals(",")) {
            return;
        }
        int first = comma + 1;
        int end = start;
        Set<Integer> phraseHeads = new HashSet<>();
        for (int i = first; i < end; i++) {
            int token = i;
            List<AnnotatedText.Dependency> governors = deps.stream().filter(d -> d.dependent() == token).toList();
            // a word hung on a word after the verb, or on the verb itself, is no misread subject
            if (governors.stream().anyMatch(g -> g.governor() >= end || g.governor() == v)) {
                return;
            }
            if (governors.stream().anyMatch(g -> g.governor() >= 0 && g.governor() < first && !g.relation().equals("root"))
                    && reading.token(i).tag().startsWith("NN")) {
                phraseHeads.add(i);
            }
        }
        if (phraseHeads.isEmpty() || reading.spans.stream().noneMatch(s -> s.key != null
                && s.begin >= reading.token(first).begin() && s.end <= reading.token(end - 1).end())) {
            return;
        }
        deps.removeIf(d -> phraseHeads.contains(d.dependent()) && d.governor() < first);
        deps.removeAll(heads);
        for (int head : phraseHeads) {
            deps.add(new AnnotatedText.Dependency(v, head, reading.token(v).tag().equals("VBN")
                    && deps.stream().anyMatch(d -> d.governor() == v && d.relation().equals("aux:pass")) ? "nsubj:pass" : "nsubj"));
        }
    }

    private static void agentAfterInterruption(AnnotatedText.Dependency agent, List<AnnotatedText.Dependency> deps, Reading reading) {
        int inner = agent.governor();
        int by = deps.stream().filter(d -> d.governor() == agent.dependent() && d.relation().equals("case")
                && reading.token(d.dependent()).text().equalsIgnoreCase("by")).mapToInt(AnnotatedText.Dependency::dependent)
                .findFirst().orElse(-1);
        if (by < 1 || by > agent.dependent() || !reading.token(by - 1).text().equals(",")) {
            return;
        }
        int node = inner;
        Set<Integer> seen = new HashSet<>();
        for (int step = 0; step < 12 && seen.add(node); step++) {
            int current = node;
            AnnotatedText.Dependency head = deps.stream().filter(d -> d.dependent() == current && d.governor() >= 0
                    && !d.relation().equals("root") && !d.relation().startsWith("conj")).findFirst().orElse(null);
            if (head == null) {
                return;
            }
            node = head.governor();
            int verb = node;
            if (passive(verb, deps)) {
                if (verb < inner && commaBetween(verb, inner, reading)
                        && deps.stream().noneMatch(d -> d.governor() == verb && d.relation().equals("obl:agent"))) {
                    deps.remove(agent);
                    deps.add(new AnnotatedText.Dependency(verb, agent.dependent(), "obl:agent"));
                }
                return;
            }
        }
    }

    /**
     * "Niger, which borders Nigeria, closed its border": the parser reads the relative clause's verb as a noun
     * ("borders"), makes it the subject of the main verb and the relative's antecedent that verb's object,
     * the main verb a relative clause of the antecedent. The antecedent is the main verb's subject again.
     */
    private static void misreadRelative(AnnotatedText.Dependency ref, List<AnnotatedText.Dependency> deps, Reading reading) {
        int antecedent = ref.governor();
        int pronoun = ref.dependent();
        int noun = pronoun + 1;
        if (!ref.relation().equals("ref") || antecedent < 0 || pronoun < 1 || noun >= reading.annotated.tokens().size()
                || !reading.token(pronoun - 1).text().equals(",") || !(reading.token(noun).tag().startsWith("VB") || reading.token(noun).tag().equals("NNS"))
                || !RELATIVE_PRONOUNS.contains(reading.token(pronoun).text().toLowerCase(Locale.ROOT))) {
            return;
        }
        for (AnnotatedText.Dependency subject : List.copyOf(deps)) {
            int verb = subject.governor();
            if (subject.dependent() != noun || !subject.relation().equals("nsubj") || verb <= noun
                    || !reading.token(verb).tag().startsWith("VB") || !commaBetween(noun, verb, reading)
                    || deps.stream().noneMatch(d -> d.governor() == antecedent && d.dependent() == verb && d.relation().equals("acl:relcl"))) {
                continue;
            }
            deps.remove(subject);
            deps.removeIf(d -> d.governor() == verb && d.dependent() == antecedent);
            deps.removeIf(d -> d.governor() == antecedent && d.dependent() == verb);
            deps.add(new AnnotatedText.Dependency(verb, antecedent, "nsubj"));
            deps.add(new AnnotatedText.Dependency(antecedent, noun, "acl:relcl"));
            return;
        }
    }

    private static void glossedName(AnnotatedText.Dependency name, List<AnnotatedText.Dependency> deps, Reading reading) {
        int gloss = name.governor();
        if (!(name.relation().equals("dep") || name.relation().equals("appos")) || gloss < 0 || name.dependent() != gloss - 2
                || !reading.token(gloss - 1).text().equals("(") || !reading.token(name.dependent()).tag().startsWith("NNP")) {
            return;
        }
        deps.stream().filter(d -> d.dependent() == gloss && d.relation().equals("compound") && d.governor() > gloss + 1
                && reading.token(gloss + 1).text().equals(")")).findFirst().ifPresent(compound -> {
                    deps.remove(name);
                    deps.add(new AnnotatedText.Dependency(compound.governor(), name.dependent(), "compound"));
                });
    }

    private static boolean passive(int verb, List<AnnotatedText.Dependency> deps) {
        return deps.stream().anyMatch(d -> d.governor() == verb && (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")));
    }

    private static boolean commaBetween(int from, int to, Reading reading) {
        for (int i = from + 1; i < to; i++) {
            if (reading.token(i).text().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
