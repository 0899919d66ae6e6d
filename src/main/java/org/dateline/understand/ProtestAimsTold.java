package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a protest is against, told by a clause of demanding that hangs not on the protest's verb but on the
 * protest or the crowd it is told with: "rioted following a demonstration calling for the removal of the
 * president", "joined demonstrators in demanding independence from Indonesian rule", "detained protesters
 * demanding an end to police brutality". The participle ("calling for", "demanding") or the "in" gerund ("in
 * demanding") says what the protest asks, as a to-clause of purpose does on the verb (EventArguments.purposeClauses);
 * PLOVER codes the one it is aimed at as the protest's target. A protest told only as the circumstance of
 * another act is no protest here: the crowd or protest noun must be an argument or adjunct of a protest
 * predicate itself.
 */
final class ProtestAimsTold {

    /** How a participle or gerund clause describes the noun or verb it hangs on: "a rally calling for", "in demanding". */
    private static final Set<String> DESCRIBING = Set.of("acl", "acl:in", "advcl:in", "dep");
    /** Words naming a protest ("demonstration", "rally") and the crowds that make one ("demonstrators"). */
    private static final Set<String> PROTEST_WORDS = ArgumentWords.read("protest-words.txt");
    private static final Set<String> CROWDS = ArgumentWords.read("unnamed-actors.txt");

    private ProtestAimsTold() {
    }

    /**
     * The verbs of demanding or protesting (protest-aims.tsv AIM) whose clause tells the aim of the protest at
     * predicate {@code p} through an "in" gerund on it, or through a participle or "in" gerund on a protest or
     * crowd noun the predicate governs; in the order of the text.
     */
    static List<Integer> clauses(int p, Reading reading, DependencyIndex parse, WordLists lists) {
        List<Integer> clauses = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if (d.relation().equals("advcl:in") || d.relation().equals("acl:in")) {
                addIfAim(d.dependent(), p, reading, lists, clauses);
            }
            String relation = PatternMatcher.base(d.relation());
            if ((relation.equals("obl") || relation.equals("nmod") || relation.equals("obj")) && protestOrCrowd(d.dependent(), reading)) {
                for (AnnotatedText.Dependency c : parse.dependents(d.dependent())) {
                    if (DESCRIBING.contains(c.relation())) {
                        addIfAim(c.dependent(), p, reading, lists, clauses);
                    }
                }
            }
        }
        clauses.sort(Integer::compare);
        return clauses;
    }

    private static void addIfAim(int clause, int p, Reading reading, WordLists lists, List<Integer> clauses) {
        AnnotatedText.Token t = reading.token(clause);
        if (clause > p && t.tag().startsWith("VB") && lists.protestAims.contains(t.lemma()) && !clauses.contains(clause)) {
            clauses.add(clause);
        }
    }

    private static boolean protestOrCrowd(int noun, Reading reading) {
        AnnotatedText.Token t = reading.token(noun);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return t.tag().startsWith("NN") && reading.spanCovering(noun).isEmpty()
                && (PROTEST_WORDS.contains(lemma) || CROWDS.contains(lemma));
    }
}
