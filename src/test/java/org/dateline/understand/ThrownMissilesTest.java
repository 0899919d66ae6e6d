package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Stones, rocks or petrol bombs thrown at someone assault them (event-lexicon-additions.tsv: "throw", "hurl", "pelt",
 * "met with a hail of"), whoever threw them: a crowd no one names leaves the act without an actor. The absolute
 * clause "with ... police pelted with stones" is a passive (AbsoluteParticiples): the police were pelted. Words thrown
 * ("a party", "a hail of criticism") are no violence. Exact events (type | actor | target | date | modality), each
 * report published on Tuesday 19 March 2024.
 */
class ThrownMissilesTest {

    @Test
    void stonesThrownAtForeignPoliceAssaultThem() {
        assertEquals(Set.of("ASSAULT | Uganda | Kenya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ugandan youths threw stones at Kenyan police in Busia on Monday."));
    }

    @Test
    void policeMetWithAHailOfStonesAreAssaultedByNoOneNamed() {
        assertEquals(Set.of("ASSAULT | - | Kenya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Police who tried to clear the highway near Nakuru were met with a hail of rocks on Monday. "
                        + "Kenya has seen weeks of unrest."));
    }

    @Test
    void policePeltedWithStonesInAnAbsoluteClauseWerePelted() {
        // the date is the clause's ("emptied on Monday"), which the parser does not hand to the participle
        assertEquals(Set.of("ASSAULT | - | Kenya | 2024-03-19 | Asserted"),
                Understood.eventsOf("The market in Kisumu emptied on Monday, with stalls overturned and police pelted with stones. "
                        + "Kenya has seen weeks of unrest."));
    }

    @Test
    void aHailOfCriticismOrAPartyThrownIsNoViolence() {
        assertEquals(Set.of(),
                Understood.eventsOf("The budget was met with a hail of criticism in Nairobi on Monday. "
                        + "The minister threw a party at the hotel. Kenya has seen weeks of unrest."));
    }
}
