package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The state's police and courts (StateActs, TownCountries): a body of state named by its town acts for that
 * town's country though the report never names it, and a fine a court orders is SANCTION (PLOVER: court-ordered
 * payments, mode `convict'), its actor, in the passive, the state the report is about, which a report of a
 * town's court or police is about though it never names it (EventArguments.dominantCountry). Exact events
 * (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class StateBodiesAndFinesTest {

    @Test
    void policeNamedByTheirCityArrestForTheirCountry() {
        assertEquals(Set.of("COERCE | India | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Crime Branch of Mumbai Police arrested four men on Monday."));
    }

    @Test
    void aFineACourtOrdersIsSanctionOfTheFined() {
        assertEquals(Set.of("SANCTION | Kenya | Raila Odinga | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Nairobi High Court fined opposition leader Raila Odinga on Monday."));
    }

    @Test
    void aFineToldWithoutItsCourtIsTheReportsStates() {
        assertEquals(Set.of("SANCTION | Egypt | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Egypt has tightened its protest law. Eleven students were fined on Monday."));
    }

    @Test
    void aReportOfATownsCourtIsAboutItsCountry() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"), Understood.eventsOf(
                "The Nairobi High Court heard the case of eleven students on Monday. Six of them were sentenced to two years in prison on Monday."));
    }

    @Test
    void policeTakingAnApproachTakeNoOne() {
        // the CAMEO line of "take" with the police as subject is an arrest: not when what they take is an approach
        assertEquals(Set.of(), Understood.eventsOf("Kenyan police took a low-key approach on Monday."));
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenyan police took the suspects into custody on Monday."));
    }
}
