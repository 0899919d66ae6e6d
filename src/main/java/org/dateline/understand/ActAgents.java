package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom an act on another's act is aimed at when its object is an act, not a party: "demanded an immediate admission by
 * Moscow", "denounced as a crime Serbia's suppression of the unrest", "prevented the march staged by students",
 * "rejected proposed Israeli changes to the deal", "demanded an apology from the government". PLOVER codes the
 * act's agent as the target: the one asked to do it, whose act is condemned, rejected, banned or backed. The agent
 * is the act noun's possessor, its "by" phrase, a country adjective or name compounded to it, or the "by" of a
 * participle that describes it ("staged by", "proposed by"); a demand also names whom it is made of by "from".
 * The parser often hangs the act noun off its verb by a stray relation (a "dep" of the "as" phrase, the subject of
 * the participle or of a later clause), so it is looked for, as {@link ProposalAuthors} looks for a proposal, among
 * the words just after the predicate that the predicate governs within two steps. Only events that name no target
 * otherwise ask for it.
 */
final class ActAgents {

    /** Categories of an act done on or about another's act: asked for, judged, answered, stopped or backed. */
    static final Set<String> ACTING_ON_ACTS = Set.of("REQUEST", "REJECT", "ACCUSE", "COERCE", "SANCTION", "SUPPORT",
            "AGREE", "CONCEDE");
    /** Nouns of an act that the event lexicon does not make an event noun (act-nouns.txt). */
    private static final Set<String> ACT_NOUNS = ArgumentWords.read("act-nouns.txt");
    /** Nouns of a wrong done to others (wrongdoing-nouns.txt): "Serbia's suppression of the unrest". */
    private static final Set<String> WRONGDOINGS = ArgumentWords.read("wrongdoing-nouns.txt");
    /** How an act's noun names who does it: "Serbia's suppression", "an admission by Moscow", "Israeli changes". */
    private static final Set<String> AGENT = Set.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound");
    /** How a participle that describes the act names its doer: "staged by students", "proposed by Israel". */
    private static final Set<String> PARTICIPLE_AGENT = Set.of("obl:by", "obl:agent");
    /** How a demand names whom it is made of: "an apology from the government". */
    private static final Set<String> ASKED_OF = Set.of("nmod:from");
    /** How many words from the agent's word its entity may be named. */
    private static final int NEAR = 3;
    /** How far after the predicate the act noun may stand. */
    private static final int REACH = 8;

    private ActAgents() {
    }

    /**
     * The agents of the first act noun after the predicate that it governs and that names its agent, none of those
     * excluded; none when no such noun does.
     */
    static List<EventArguments.Argument> of(int p, String category, Reading reading, DependencyIndex parse,
            AnnotatedText.Sentence sentence, EventLexicon lexicon, EventArguments args, Set<String> exclude) {
        if (lexicon == null || !ACTING_ON_ACTS.contains(category) || !reading.token(p).tag().startsWith("VB")) {
            return List.of();
        }
        for (int n = p + 1; n < Math.min(p + REACH, sentence.endToken()); n++) {
            if (!actNoun(n, reading, lexicon) || !parse.governsWithinTwo(p, n)) {
                continue;
            }
            List<EventArguments.Argument> agents = agentsOf(n, category, reading, parse, args, exclude);
            if (!agents.isEmpty()) {
                return agents;
            }
        }
        return List.of();
    }

    private static List<EventArguments.Argument> agentsOf(int n, String category, Reading reading, DependencyIndex parse,
            EventArguments args, Set<String> exclude) {
        List<EventArguments.Argument> found = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(n)) {
            if (AGENT.contains(d.relation()) || category.equals("REQUEST") && ASKED_OF.contains(d.relation())) {
                add(near(d.dependent(), reading, args.entitiesIn(d.dependent(), exclude)), d.relation().equals("compound"), found);
            }
            // "the demonstration staged by students", "changes proposed by Israel"
            if ((d.relation().equals("acl") || d.relation().equals("dep")) && reading.token(d.dependent()).tag().equals("VBN")) {
                byOf(d.dependent(), reading, parse, args, exclude, found);
            }
        }
        // "prevented the demonstration staged by students": the parser makes the act the participle's subject
        parse.governors(n).stream().filter(d -> d.relation().equals("nsubj") && d.governor() > n
                && reading.token(d.governor()).tag().equals("VBN")
                && parse.dependents(d.governor()).stream().noneMatch(a -> a.relation().startsWith("aux")))
                .forEach(d -> byOf(d.governor(), reading, parse, args, exclude, found));
        return EventArguments.distinct(found);
    }

    private static void byOf(int participle, Reading reading, DependencyIndex parse, EventArguments args, Set<String> exclude,
            List<EventArguments.Argument> found) {
        parse.dependents(participle).stream().filter(a -> PARTICIPLE_AGENT.contains(a.relation()))
                .forEach(a -> add(near(a.dependent(), reading, args.entitiesIn(a.dependent(), exclude)), false, found));
    }

    /**
     * The entities named within a few words of the agent's word: "by students at the university to protest the
     * decision of sending troops to Iraq" names no agent in Iraq, which the phrase's clauses reach.
     */
    private static List<EventArguments.Argument> near(int head, Reading reading, List<EventArguments.Argument> entities) {
        int from = reading.token(Math.max(0, head - NEAR)).begin();
        int to = reading.token(Math.min(reading.annotated.tokens().size() - 1, head + NEAR)).end();
        return entities.stream().filter(a -> reading.spans.stream()
                .anyMatch(s -> a.key().equals(s.key) && s.begin < to && s.end > from)).toList();
    }

    /** Adds the entities; a place compounded to the act says where, not who ("the Gaza killings"). */
    private static void add(List<EventArguments.Argument> entities, boolean compound, List<EventArguments.Argument> found) {
        entities.stream().filter(a -> !(compound && a.key().startsWith(EntityType.PLACE + ":"))).forEach(found::add);
    }

    /** Whether the word is a common noun of an act: an event noun, a proposal, a wrong, or one of act-nouns.txt. */
    static boolean actNoun(int n, Reading reading, EventLexicon lexicon) {
        AnnotatedText.Token t = reading.token(n);
        if (!(t.tag().equals("NN") || t.tag().equals("NNS")) || reading.spanCovering(n).isPresent()) {
            return false;
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return ACT_NOUNS.contains(lemma) || WRONGDOINGS.contains(lemma) || ArgumentWords.PROPOSAL_NOUNS.contains(lemma)
                || !lexicon.lookUp(lemma, false).isEmpty();
    }
}
