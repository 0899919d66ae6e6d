package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "paid for their dedication with their lives": dying for a cause is no payment, and those named together pay nothing to
 * one another (the CAMEO line of "pay for" codes economic cooperation, 061); an addition with "lives" stops it. Paying
 * for what another party needs stays cooperation. Exact events (type | actor | target | date | modality), each report
 * published on Tuesday 19 March 2024.
 */
class LivesPaidTest {

    @Test
    void workersWhoPaidWithTheirLivesPaidNoOne() {
        assertEquals(Set.of(),
                Understood.eventsOf("Amina, Joseph and Wanjiru paid for their courage with their lives in Kenya last year."));
    }

    @Test
    void aStateThatPaysForAnotherCooperates() {
        assertEquals(Set.of("COOPERATE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya paid for the Ugandan troops' fuel on Monday."));
    }
}
