package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A call for a protest is addressed to those asked to protest, not to the one protested against ({@link ProtestCalls}).
 * Exact events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class ProtestCallsTest {

    @Test
    void aCallForAProtestAgainstAGovernmentIsNoRequestAtThatGovernment() {
        // the protest called for keeps whom it is against; the call itself is aimed at no one named
        assertEquals(Set.of("REQUEST | Kenya | - | 2024-03-19 | Asserted", "PROTEST | Kenya | William Ruto | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya's opposition coalition called for nationwide demonstrations against President William Ruto."));
    }

    @Test
    void aCallForAStrikeKeepsNoTargetFromItsAgainstPhrase() {
        assertEquals(Set.of("REQUEST | Peru | - | 2024-03-14 | Asserted", "PROTEST | Peru | Dina Boluarte | 2024-03-14 | Asserted"),
                Understood.eventsOf("Peru's opposition is calling for a general strike on Thursday against President Dina Boluarte."));
    }

    @Test
    void aCallOnSomeoneForSomethingElseKeepsItsAddressee() {
        assertEquals(Set.of("REQUEST | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana called on Togo to release the prisoners."));
    }
}
