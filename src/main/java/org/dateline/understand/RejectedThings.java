package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whom a rejection or refusal concerns when it names no one as its target. PLOVER codes a REJECT by the party the
 * rejected thing is done to, for or in ("rejected a call for its troops to be sent to Haiti": Haiti; "would not
 * meet demands to free prisoners held in Chad": Chad), and a refusal made in the face of another's pressure or
 * demand by whoever pressed ("declined to step down despite pressure from the opposition"). Like an agreed act
 * ({@link AgreedActs}) the party stands inside the phrase of what is refused, behind the noun's clause ("a call
 * ... to be deployed in"), an act's object or its phrases, or a chain of nominal modifiers, which the ordinary
 * reading of a target does not follow. Only those paths are followed, nearest first, so a purpose clause or
 * a second act beside the refusal is not read into it.
 */
final class RejectedThings {

    /** How the rejecting verb hangs what is rejected: the thing rejected, or the act refused or not to be done. */
    private static final Set<String> REJECTED = Set.of("obj", "obl:to", "xcomp");
    /** How a rejected noun hangs the act it asks for: "a call for troops to be deployed", "an offer to mediate". */
    private static final Set<String> CLAUSE_OF_THE_NOUN = Set.of("acl", "acl:to");
    /** Where an act names what it is done to or where: its object (or passive subject) and its phrases. */
    private static final Set<String> OF_THE_ACT = Set.of("obj", "nsubj:pass", "xcomp", "obl:to", "obl:for", "obl:in", "obl:on",
            "obl:with");
    /** How a demand or pressure names who made it: "pressure by the commission", "calls from the opposition". */
    private static final Set<String> OF_THE_PRESSER = Set.of("nmod:by", "nmod:from", "nmod:poss");
    /** Nouns of pressing another to act (pressure-nouns.txt) besides those of a proposal made ("despite calls"). */
    private static final Set<String> PRESSING = ArgumentWords.read("pressure-nouns.txt");
    /** How many parties a refusal may concern: a list of twenty is no refusal of each. */
    private static final int MOST = 4;
    /** How deep (one word per step) the party may stand. */
    private static final int DEPTH = 4;

    private RejectedThings() {
    }

    /** The parties the rejection concerns, nearest first: whoever pressed for what it refused, else whom the thing names. */
    static List<EventArguments.Argument> concerned(int p, Reading reading, DependencyIndex parse, EventArguments args,
            Set<String> exclude) {
        List<Integer> refusing = new ArrayList<>(List.of(p));
        parse.governors(p).stream().filter(d -> d.relation().equals("xcomp")).forEach(d -> refusing.add(d.governor()));
        List<EventArguments.Argument> pressers = new ArrayList<>();
        for (int verb : refusing) {
            parse.dependents(verb).stream().filter(d -> d.relation().equals("obl:despite") && pressing(d.dependent(), reading))
                    .flatMap(d -> parse.dependents(d.dependent()).stream()).filter(d -> OF_THE_PRESSER.contains(d.relation()))
                    .forEach(d -> pressers.addAll(args.entitiesIn(d.dependent(), exclude, true)));
        }
        if (!pressers.isEmpty()) {
            return pressers.stream().distinct().limit(MOST).toList();
        }
        List<Integer> level = new ArrayList<>();
        parse.dependents(p).stream().filter(d -> REJECTED.contains(d.relation())).forEach(d -> level.add(d.dependent()));
        Set<Integer> seen = new HashSet<>(level);
        seen.add(p);
        List<Integer> current = level;
        for (int depth = 0; depth < DEPTH && !current.isEmpty(); depth++) {
            List<EventArguments.Argument> found = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            for (int node : current) {
                found.addAll(args.entitiesIn(node, exclude, true));
                boolean verb = reading.token(node).tag().startsWith("VB");
                parse.dependents(node).stream().filter(d -> verb ? OF_THE_ACT.contains(d.relation()) : ofTheNoun(d.relation()))
                        .map(AnnotatedText.Dependency::dependent).filter(seen::add).forEach(next::add);
            }
            if (!found.isEmpty()) {
                return found.stream().distinct().limit(MOST).toList();
            }
            current = next;
        }
        return List.of();
    }

    private static boolean ofTheNoun(String relation) {
        return CLAUSE_OF_THE_NOUN.contains(relation)
                || relation.startsWith("nmod:") && !relation.equals("nmod:poss") && !relation.equals("nmod:tmod");
    }

    private static boolean pressing(int noun, Reading reading) {
        String lemma = reading.token(noun).lemma().toLowerCase(Locale.ROOT);
        return PRESSING.contains(lemma) || ArgumentWords.PROPOSAL_NOUNS.contains(lemma);
    }
}
