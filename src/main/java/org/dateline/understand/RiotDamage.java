package org.dateline.understand;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The damage a riot does is the riot. PLOVER codes a riot as a PROTEST (mode riot: "violent action ... the
 * participants intend to cause physical injury and/or property damage") and keeps its own category for damage only
 * when it is a symbolic act, "rather than destruction incidental to a riot" (mode vandalize); the development
 * corpus codes "smashed the windows of restaurants" in a riot as no event, "beat half a dozen journalists" as an
 * assault. So violence told as the manner of a protest found in the same sentence, conjoined with it or an adjunct
 * of it ("prisoners rioted, setting fire to their mattresses and smashing furniture"), that strikes no one, is no
 * assault of its own; one that strikes someone still is.
 */
final class RiotDamage {

    private RiotDamage() {
    }

    /** Whether the assault predicate, which found no target, is told as the manner of a protest already found. */
    static boolean incidental(int p, AnnotatedText.Sentence sentence, DependencyIndex parse, List<EventFinder.Found> told) {
        Set<Integer> protests = told.stream().filter(f -> f.category().equals("PROTEST") && f.begin() == sentence.begin())
                .map(EventFinder.Found::predicate).collect(Collectors.toSet());
        if (protests.isEmpty()) {
            return false;
        }
        return parse.governors(p).stream().anyMatch(d -> (d.relation().startsWith("conj") || d.relation().equals("advcl"))
                && protests.contains(d.governor()))
                || parse.dependents(p).stream().anyMatch(d -> d.relation().startsWith("conj") && protests.contains(d.dependent()));
    }
}
