package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A host receives visitors of rank (CAMEO 043, event-lexicon-additions.tsv), named in the plural as well as the
 * singular; receiving goods is no meeting. Reports published on Tuesday 19 March 2024.
 */
class ReceivedVisitorsTest {

    @Test
    void aCountryReceivesTheAmbassadorsOfTwoCountries() {
        assertEquals(Set.of("CONSULT | Kenya | Ghana | 2024-03-19 | Asserted",
                "CONSULT | Kenya | Nigeria | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya received the ambassadors of Ghana and Nigeria."));
    }

    @Test
    void receivingGoodsIsNoMeeting() {
        assertEquals(Set.of(), Understood.eventsOf("The warehouse in Mombasa received a shipment of maize."));
    }

    @Test
    void aHostReceivingUnnamedLeadersHostsAVisitWithoutATarget() {
        assertEquals(Set.of("CONSULT | Samia Suluhu Hassan | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Tanzanian President Samia Suluhu Hassan on Monday received several African leaders "
                        + "who came to Dodoma for the energy summit."));
    }

    @Test
    void receivingALetterIsNoVisit() {
        assertEquals(Set.of(), Understood.eventsOf("The governor of Mombasa received a letter about the port fees on Monday."));
    }
}
