package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A protest's aim told by a clause of demanding on the protest or crowd its verb is told with (ProtestAimsTold):
 * "rioted after a demonstration calling for", "joining demonstrators in demanding". The one the demand is aimed
 * at is the protest's target, and the demand is no second event. A protest noun that is only the circumstance of
 * another act makes no protest. Reports published on Tuesday 19 March 2024.
 */
class ProtestAimsToldTest {

    @Test
    void aParticipleOnTheProtestNounGivesTheTarget() {
        assertEquals(Set.of("PROTEST | Armenia | Turkey | 2024-03-19 | Asserted"),
                Understood.eventsOf("Armenian students rioted after a demonstration calling for an apology from Turkey."));
    }

    @Test
    void anInGerundOnTheCrowdJoinedGivesTheTarget() {
        assertEquals(Set.of("PROTEST | Armenia | Turkey | 2024-03-15 | Asserted"),
                Understood.eventsOf("Armenian students marched in Yerevan on Friday, joining thousands of demonstrators in demanding an apology from Turkey."));
    }

    @Test
    void aRallyThatOnlyDatesAnotherActIsNoProtest() {
        Set<String> events = Understood.eventsOf("Shops closed early after a rally calling for an apology from Turkey.");
        assertTrue(events.stream().noneMatch(e -> e.startsWith("PROTEST")), events.toString());
    }
}
