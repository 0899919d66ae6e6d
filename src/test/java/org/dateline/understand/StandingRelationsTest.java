package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "Cooperation" names a standing relation between parties, as "ties" and "relations" do, not an act
 * (event-nouns.tsv); what is done to it is told by its verb. Reports published on Tuesday 19 March 2024.
 */
class StandingRelationsTest {

    @Test
    void theCooperationBetweenTwoCountriesIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("The practical cooperation between Chile and Peru has yielded"
                + " fruitful results in mining and fisheries."));
    }

    @Test
    void strengtheningCooperationIsStillCooperating() {
        assertEquals(Set.of("COOPERATE | Chile | Peru | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chile strengthened its cooperation with Peru on Tuesday."));
    }
}
