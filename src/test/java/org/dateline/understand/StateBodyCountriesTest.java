package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A named body of state acts for its country (EventFinder.stateBodyOf): its country is named in its name, by
 * its town, or by the "of" phrase the engine cuts off its name; its state word is PETRARCH's (agents.tsv) or
 * one that list lacks (state-body-words.tsv: city hall, security service, constabulary ...). A body of no state
 * sector stays itself. Exact events (type | actor | target | date | modality), each report published on Tuesday
 * 19 March 2024.
 */
class StateBodyCountriesTest {

    @Test
    void aCityHallActsForItsCountry() {
        assertEquals(Set.of("COERCE | Peru | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Lima City Hall arrested twelve street vendors on Monday."));
    }

    @Test
    void aBodyNamedWithOfItsCountryActsForIt() {
        assertEquals(Set.of("COERCE | Moldova | Ion Rusu | 2024-03-18 | Asserted"),
                Understood.eventsOf("The Security Service of Moldova detained Ion Rusu on Monday."));
    }

    @Test
    void aMinisterMeetingABodyOfHisStateMeetsHisCountry() {
        assertEquals(Set.of("CONSULT | Amadou Diallo | Senegal | 2024-03-18 | Asserted"), Understood.eventsOf(
                "Interior Minister Amadou Diallo met with the Dakar City Hall on Monday."));
    }

    @Test
    void aNewsAgencyOfAStateStaysItself() {
        assertEquals(Set.of("SUPPORT | Amadou Diallo | Senegalese News Agency | 2024-03-18 | Asserted"), Understood.eventsOf(
                "Interior Minister Amadou Diallo praised the Senegalese News Agency on Monday."));
    }

    @Test
    void anUnnamedBodyOrOfficeTheDictionaryLacksActsForTheReportsCountry() {
        assertEquals(Set.of("COERCE | Kenya | - | 2024-03-18 | Asserted"), Understood.eventsOf(
                "Kenya has tightened its rules on street trade. The city hall arrested twelve vendors in Nairobi on Monday."));
        assertEquals(Set.of("REQUEST | Rajesh Kumar | India | 2024-03-19 | Asserted"), Understood.eventsOf(
                "Chief Minister Rajesh Kumar said on Monday that she had asked the Chief Secretary to probe the matter. India has many such cases."));
    }
}
