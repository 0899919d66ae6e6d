package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Forces a hyphenated name says a country leads act for it (see {@link LedForces}): the exact event (type | actor |
 * target | date | modality), each report published on Tuesday 19 March 2024.
 */
class LedForcesTest {

    @Test
    void aForceLedByACountryActsForIt() {
        assertEquals(Set.of("ASSAULT | Saudi Arabia | Sanaa | 2024-03-18 | Asserted"),
                Understood.eventsOf("Saudi-led coalition jets bombed a market in Sanaa on Monday."));
        assertEquals(Set.of("ASSAULT | Nigeria | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Nigerian-led troops attacked rebel positions near Freetown on Monday."));
    }

    @Test
    void whoBacksAForceDoesNotAct() {
        // the militiamen attacked, not Syria: the assault is told without an actor
        assertEquals(Set.of("ASSAULT | - | Israel | 2024-03-18 | Asserted"),
                Understood.eventsOf("Syrian-backed militiamen attacked Israeli positions on Monday."));
        assertEquals(Set.of(), Understood.eventsOf("Iranian-backed fighters gathered in the square on Monday."));
    }
}
