package org.dateline.understand;

/**
 * Whether an assault a noun tells names both its sides with "between A and B": "a crossfire between the police and
 * the kidnappers", "a gunfight between troops and gunmen". Such a noun tells a fight that took place even when its
 * sentence says nowhere where (EventFinder keeps an assault noun without a victim only where a place is told):
 * the second side is its victim, though unnamed ("the kidnappers"), and the first, found through "between", its
 * actor, as the development reports code it.
 */
final class TwoSidedFights {

    private TwoSidedFights() {
    }

    /** Whether the noun at {@code p} governs "between A and B" with both sides given. */
    static boolean namesBothSides(int p, DependencyIndex parse) {
        return parse.dependents(p).stream().filter(d -> d.relation().equals("nmod:between"))
                .anyMatch(d -> parse.dependents(d.dependent()).stream().anyMatch(c -> c.relation().startsWith("conj")));
    }
}
