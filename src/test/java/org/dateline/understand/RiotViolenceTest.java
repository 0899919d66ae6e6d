package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The damage a riot does is the riot (RiotViolence, PLOVER PROTEST mode riot): violence told as the manner of a
 * protest that strikes no one is no assault of its own; violence at someone in the same breath still is.
 * Reports published on Tuesday 19 March 2024.
 */
class RiotViolenceTest {

    @Test
    void damageDoneInARiotIsTheRiot() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan prisoners rioted at a jail in Nairobi on Tuesday, setting fire to their bedding and smashing doors."));
    }

    @Test
    void anAttackOnSomeoneDuringARiotIsAnAssault() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-19 | Asserted", "ASSAULT | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenyan students rioted in Nairobi on Tuesday and attacked the Ugandan embassy."));
    }
}
