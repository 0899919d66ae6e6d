package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * How a clause tells a protest that a noun names. A noun protest is often only the circumstance of another act
 * ("killed in riots", "an agreement on a peaceful demonstration"), but one that is the subject or object of its
 * verb, or what someone takes part in, is told as happening ("protests erupted", "set off protests", "took part
 * in demonstrations"): when no one is named as making it, the dev reports code it, as a crowd's protest told by a
 * verb, against the state of the country the report is about. And a verb of causing ("the killing sparked
 * protests") has for subject what caused the protest, not who made it, so the protest is told without its makers.
 * Words in protest-aims.tsv (CAUSE, JOINED).
 */
final class ProtestsTold {

    /** How a noun is a participant of its clause rather than its circumstance. */
    private static final Set<String> PARTICIPANT = Set.of("obj", "nsubj", "nsubj:pass");

    private ProtestsTold() {
    }

    /** Whether the noun protest is the object of a verb of causing: "sparked protests", "set off protests". */
    static boolean caused(int noun, Reading reading, DependencyIndex parse, WordLists lists) {
        return parse.governors(noun).stream().anyMatch(d -> d.relation().equals("obj")
                && lists.protestCauses.contains(verbWithParticle(d.governor(), reading, parse)));
    }

    /**
     * How a verb telling a protest is itself told as done: the main clause, or one reported or coordinated with
     * it; not a clause of what is allowed or intended ("allowed him to bring out a rally") or of a condition
     * ("if the march goes ahead").
     */
    private static final Set<String> ASSERTED_CLAUSE = Set.of("root", "ccomp", "conj:and", "parataxis");

    /** Whether the noun protest is told as happening: the subject or object of its verb, or joined in. */
    static boolean happening(int noun, Reading reading, DependencyIndex parse, WordLists lists) {
        for (AnnotatedText.Dependency d : parse.governors(noun)) {
            if (!parse.governors(d.governor()).stream().allMatch(g -> ASSERTED_CLAUSE.contains(g.relation()))) {
                continue;
            }
            if (PARTICIPANT.contains(d.relation()) && reading.token(d.governor()).tag().startsWith("VB")) {
                return true;
            }
            // "took part in demonstrations": the verb's object is the noun of joining
            if (d.relation().equals("obl:in") && parse.dependents(d.governor()).stream().anyMatch(o -> o.relation().equals("obj")
                    && lists.protestJoinings.contains(reading.token(o.dependent()).lemma().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** A verb's lemma with its particle, if any: "set off", "spark". */
    private static String verbWithParticle(int verb, Reading reading, DependencyIndex parse) {
        String lemma = reading.token(verb).lemma().toLowerCase(Locale.ROOT);
        return parse.dependents(verb).stream().filter(d -> d.relation().equals("compound:prt")).findFirst()
                .map(d -> lemma + " " + reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)).orElse(lemma);
    }
}
