package org.dateline.understand;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Violence that rioters commit in the course of their riot ("prisoners rioted, setting fire to their mattresses
 * and smashing furniture") is the riot itself: PLOVER's PROTEST 'riot' is one whose participants "intend to
 * cause physical injury and/or property damage", and its manual keeps ASSAULT 'destroy' from "destruction
 * incidental to a riot". So an assault hung on a protest's verb as its conjunct or participle clause, by the
 * protest's own actor, is no second event when it strikes no one named; violence against someone named ("rioted
 * and beat two Kenyan journalists") stays an assault, and so does violence whose doer goes unnamed.
 */
final class RiotViolence {

    /** How a clause continues the one it hangs on: "rioted, setting fire", "rioted and smashed furniture". */
    private static final Set<String> CONTINUING = Set.of("conj:and", "advcl", "xcomp", "dep");

    private RiotViolence() {
    }

    /** Whether the found event is an assault told as part of a protest the same sentence tells by the same actor. */
    static boolean partOfAProtest(EventFinder.Found f, List<EventFinder.Found> found, DependencyIndex parse) {
        if (!f.category().equals("ASSAULT") || f.target() != null || f.actor() == null) {
            return false;
        }
        return parse.governors(f.predicate()).stream().filter(d -> CONTINUING.contains(d.relation()))
                .anyMatch(d -> found.stream().anyMatch(g -> g.category().equals("PROTEST") && g.predicate() == d.governor()
                        && Objects.equals(g.actor(), f.actor())));
    }
}
