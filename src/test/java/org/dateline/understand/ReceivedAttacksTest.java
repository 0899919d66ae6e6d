package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Violence its victim receives ("came under fire", "came under attack") is an assault on the subject: state forces
 * with no country of their own in the phrase stand for the country the report is about, and with no one named by
 * "from" the event has no actor. Criticism one "comes under fire" over is no assault. Exact events (type | actor |
 * target | date | modality), each report published on Tuesday 19 March 2024.
 */
class ReceivedAttacksTest {

    @Test
    void policeWhoCameUnderFireAreTheReportsCountryAssaulted() {
        assertEquals(Set.of("ASSAULT | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's government said on Monday that police came under fire in Nairobi. Kenya has seen unrest."));
    }

    @Test
    void troopsOfANamedCountryCameUnderAttackAsThatCountry() {
        assertEquals(Set.of("ASSAULT | - | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's government said on Monday that Ugandan troops came under attack near the border. Kenya has seen unrest."));
    }

    @Test
    void aMinisterWhoCameUnderFireOverTheBudgetWasCriticisedNotAssaulted() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenya's government said on Monday that the minister came under fire over the budget. Kenya has seen unrest."));
    }

    @Test
    void soldiersUnderFireFromGunmenAreAssaultedByNoOneNamed() {
        assertEquals(Set.of("ASSAULT | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's government said on Monday that soldiers came under fire from gunmen in Nairobi. Kenya has seen unrest."));
    }

    @Test
    void policeUnderFireFromCriticsAreCriticisedNotAssaulted() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenya's government said on Monday that police came under fire from critics over the arrests. Kenya has seen unrest."));
    }
}
