package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Bare "officers" of a report that names the police are policemen, and as "police" alone stand for the country the
 * report is about (PoliceOfficers): "residents hurled stones at the officers". Not in a report that never names the
 * police, and not an officer a noun before it qualifies ("the chief executive officer"). Exact events (type | actor |
 * target | date | modality), each report published on Tuesday 19 March 2024.
 */
class PoliceOfficersTest {

    @Test
    void officersOfAReportAboutThePoliceAreTheReportsCountry() {
        assertEquals(Set.of("ASSAULT | - | Kenya | 2024-03-18 | Asserted"),
                Understood.eventsOf("Police in Kenya said youths hurled rocks at the officers on Monday. "
                        + "Kenya has seen weeks of unrest."));
    }

    @Test
    void officersOfAReportThatNeverNamesThePoliceAreNoOne() {
        assertEquals(Set.of(),
                Understood.eventsOf("Youths hurled rocks at the officers on Monday. Kenya has seen weeks of unrest."));
    }

    @Test
    void aChiefExecutiveOfficerIsNoPoliceman() {
        assertEquals(Set.of(),
                Understood.eventsOf("Shareholders threw bottles at the chief executive officer in Nairobi on Monday, police said. "
                        + "Kenya has seen weeks of unrest."));
    }
}
