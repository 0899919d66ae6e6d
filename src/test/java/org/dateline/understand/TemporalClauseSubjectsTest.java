package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "They", the subject of a clause of time ("when", "while"), is the subject of the clause it tells the time of
 * (TemporalClauseSubjects): police on patrol "when they came under fire" are the ones fired at, troops crossing a
 * bridge "when they attacked" are the attackers. Criticism one comes under is still no assault. Exact events (type |
 * actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class TemporalClauseSubjectsTest {

    @Test
    void policeOnPatrolWhenTheyCameUnderFireWereFiredAt() {
        assertEquals(Set.of("ASSAULT | - | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ugandan police were on patrol in a suburb of Kampala when they came under fire from gunmen."));
    }

    @Test
    void troopsWhoAttackedWhileCrossingAreTheAttackers() {
        assertEquals(Set.of("ASSAULT | Uganda | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ugandan troops were crossing a bridge near Busia when they attacked a Kenyan border post."));
    }

    @Test
    void ministersWhoCameUnderFireFromCriticsWereCriticisedNotAssaulted() {
        assertEquals(Set.of(),
                Understood.eventsOf("Ugandan ministers were in Kampala when they came under fire from critics over the budget."));
    }
}
