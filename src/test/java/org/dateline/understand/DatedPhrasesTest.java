package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A date told through a preposition ("on Tuesday") is when an act took place, not a phrase a lexicon pattern asks
 * for ({@link PatternMatcher}): CAMEO's "demand ... on" line, coded as an attack, made "demanded an apology on
 * Tuesday" an ASSAULT. The exact event (type | actor | target | date | modality), each report published on
 * Tuesday 19 March 2024.
 */
class DatedPhrasesTest {

    @Test
    void aDemandMadeOnADayIsADemand() {
        assertEquals(Set.of("REQUEST | Kenya | Uganda | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya demanded an apology from Uganda on Tuesday."));
    }

    @Test
    void aDateAloneTellsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Heavy rain fell across western Kenya on Tuesday."));
    }
}
