package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Mediation (CAMEO 045, PLOVER CONSULT): the mediator acts, and each of the two sides of "between A and B" is
 * a target; mediation with no sides named is no event. Reports published on Tuesday 19 March 2024.
 */
class MediationTest {

    @Test
    void mediatingBetweenTwoSidesConsultsEach() {
        assertEquals(Set.of("CONSULT | Norway | Colombia | 2024-03-19 | Asserted",
                "CONSULT | Norway | Venezuela | 2024-03-19 | Asserted"),
                Understood.eventsOf("Norway mediated between Colombia and Venezuela in Oslo on Tuesday, the ministry said."));
    }

    @Test
    void aMediationMissionBetweenTwoSidesIsTheMediatorsNotTheFirstSides() {
        assertEquals(Set.of("CONSULT | Amina Diallo | Sudan | 2024-03-19 | Asserted",
                "CONSULT | Amina Diallo | Chad | 2024-03-19 | Asserted"),
                Understood.eventsOf("African Union envoy Amina Diallo began a mediation mission between Sudan and Chad on Tuesday."));
    }

    @Test
    void mediationWithNoSidesNamedIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Brazil's mediation efforts continue to draw praise from its neighbours."));
    }
}
