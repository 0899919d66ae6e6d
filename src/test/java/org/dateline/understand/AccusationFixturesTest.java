package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Criticism told by phrasal verbs ("hit out at", "came down heavily on") and by verbs the CAMEO
 * dictionary codes only for some objects ("slammed"), from event-lexicon-additions.tsv: the exact event (type |
 * actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class AccusationFixturesTest {

    @Test
    void hittingOutAtSomeoneIsCriticism() {
        assertEquals(Set.of("ACCUSE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana hit out at Togo over the closure of the border."));
    }

    @Test
    void slammingSomeoneIsCriticism() {
        assertEquals(Set.of("ACCUSE | Kenya | Uganda | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya on Monday slammed Uganda for the seizure of the fishing boats."));
    }

    @Test
    void comingDownHeavilyOnSomeoneIsCriticism() {
        assertEquals(Set.of("ACCUSE | Nigeria | Cameroon | 2024-03-19 | Asserted"),
                Understood.eventsOf("Nigeria came down heavily on Cameroon over the closure of the border."));
    }
}
