package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A plural title with "of" and a list of countries gives one party per country, also when a second such title
 * follows after a comma ("the presidents of A and B, and the prime ministers of C and D"), which the parser
 * hangs apart from the first (LeaderLists). Exact events (type | actor | target | date | modality), each report
 * published on Tuesday 19 March 2024.
 */
class LeaderListsTest {

    @Test
    void everyCountryOfBothTitleListsIsMet() {
        assertEquals(Set.of("CONSULT | Olaf Scholz | Ghana | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Senegal | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Norway | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Chile | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Peru | 2024-03-18 | Asserted"),
                Understood.eventsOf("German Chancellor Olaf Scholz met on Monday with the presidents of Ghana and Senegal, "
                        + "and the prime ministers of Norway, Chile and Peru."));
    }

    @Test
    void capitalisedTitlesOfFourAndTwoCountriesAreSixParties() {
        assertEquals(Set.of("CONSULT | Olaf Scholz | Ghana | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Senegal | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Kenya | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Nigeria | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Norway | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Chile | 2024-03-18 | Asserted"),
                Understood.eventsOf("On Monday Olaf Scholz met with the Presidents of Ghana, Senegal, Kenya and Nigeria, "
                        + "and the Prime Ministers of Norway and Chile."));
    }

    @Test
    void oneTitleListStaysAsItWas() {
        assertEquals(Set.of("CONSULT | Olaf Scholz | Norway | 2024-03-18 | Asserted",
                "CONSULT | Olaf Scholz | Chile | 2024-03-18 | Asserted"),
                Understood.eventsOf("Olaf Scholz met the prime ministers of Norway and Chile on Monday."));
    }

    @Test
    void titleListsWithNoMeetingTellNoEvent() {
        assertEquals(Set.of(),
                Understood.eventsOf("The presidents of Ghana and Senegal, and the prime ministers of Norway and Chile, "
                        + "are all younger than sixty, a survey found."));
    }
}
