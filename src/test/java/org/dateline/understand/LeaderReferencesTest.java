package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A report's leader referred to by a bare title (see {@link LeaderReferences}): "the President" in a report that
 * names one person only, "the head of state" after the one person given a head-of-state title; reports published
 * on Tuesday 19 March 2024.
 */
class LeaderReferencesTest {

    @Test
    void thePresidentInAReportAboutOnePersonIsThatPerson() {
        assertEquals(Set.of("CONSULT | Hakainde Hichilema | Mozambique | 2024-03-19 | Asserted",
                "CONSULT | Hakainde Hichilema | Zimbabwe | 2024-03-19 | Asserted"),
                Understood.eventsOf("Hakainde Hichilema returned to Lusaka on Friday after a two-day visit to Malawi. "
                        + "During the visit, the President met with the Presidents of Mozambique and Zimbabwe. "
                        + "Hichilema also addressed Zambians living in Lilongwe."));
    }

    @Test
    void theHeadOfStateIsTheOnePresident() {
        assertEquals(Set.of("CONSULT | Hakainde Hichilema | Lazarus Chakwera | 2024-03-19 | Asserted"),
                Understood.eventsOf("President Hakainde Hichilema returned to Lusaka on Friday. "
                        + "The head of state met with Lazarus Chakwera in Lilongwe."));
    }

    @Test
    void aPersonNamedOnceIsNotThePresident() {
        // one mention of one person is no report about that person: the president may be anyone
        assertEquals(Set.of(), Understood.eventsOf("John Banda spoke to farmers in Chipata on Monday. "
                + "Later the President met with the Presidents of Mozambique and Zimbabwe."));
    }

    @Test
    void twoPeopleNamedLeaveThePresidentUntied() {
        assertEquals(Set.of(), Understood.eventsOf("John Banda and Mary Phiri spoke to farmers in Chipata on Monday. "
                + "Banda said the President met with the Presidents of Mozambique and Zimbabwe."));
    }
}
