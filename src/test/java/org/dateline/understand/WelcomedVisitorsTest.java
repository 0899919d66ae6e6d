package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A welcome given to a visitor of rank ("gave a warm welcome to", "accorded a welcome to") is the host receiving
 * a visit (CAMEO 043, PLOVER CONSULT: event-lexicon-additions.tsv), not a grant; a welcome given to a team or a
 * plan is no visit. Reports published on Tuesday 19 March 2024.
 */
class WelcomedVisitorsTest {

    @Test
    void aHostGivesAWarmWelcomeToAVisitingPresident() {
        assertEquals(Set.of("CONSULT | Samia Suluhu Hassan | Hage Geingob | 2024-03-18 | Asserted"),
                Understood.eventsOf("Tanzanian President Samia Suluhu Hassan gave a warm welcome on Monday to "
                        + "Namibian President Hage Geingob, who arrived for a two-day stay."));
    }

    @Test
    void aWelcomeAccordedToAPrimeMinister() {
        assertEquals(Set.of("CONSULT | Ghana | Ethiopia | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana accorded a red-carpet welcome to the Ethiopian prime minister in Accra."));
    }

    @Test
    void aWelcomeGivenToATeamIsNoVisit() {
        assertEquals(Set.of(), Understood.eventsOf("Thousands of supporters gave a warm welcome to the national football "
                + "team at the airport in Lusaka."));
    }
}
