package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Inspectors or investigators sent or dispatched somewhere investigate it (CAMEO 09x; PLOVER ACCUSE, mode investigate),
 * where the CAMEO line of "dispatch to" reads cooperation (061): event-lexicon-additions.tsv. Troops sent stay aid.
 * Exact events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class InspectorsSentTest {

    @Test
    void investigatorsSentToACountryInvestigateIt() {
        assertEquals(Set.of("ACCUSE | African Union | Sudan | 2024-03-18 | Asserted"),
                Understood.eventsOf("The African Union sent investigators to Sudan on Monday."));
    }

    @Test
    void inspectorsDispatchedToACountryInvestigateIt() {
        assertEquals(Set.of("ACCUSE | African Union | Sudan | 2024-03-18 | Asserted"),
                Understood.eventsOf("The African Union dispatched inspectors to Sudan on Monday."));
    }

    @Test
    void troopsSentAreStillAid() {
        assertEquals(Set.of("AID | Kenya | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya sent troops to Somalia on Monday."));
    }
}
