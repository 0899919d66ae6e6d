package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Going on strike is a protest (CAMEO 143, PLOVER PROTEST, mode boycott; a hunger strike CAMEO 142, mode hunger):
 * event-lexicon-additions.tsv reads "go on strike", which the CAMEO dictionaries do not hold. Other things that "go on"
 * are no protest. Exact events (type | actor | target | date | modality), each report published on Tuesday 19 March 2024.
 */
class StrikesTest {

    @Test
    void workersGoingOnStrikeProtest() {
        // the place of a protest is its target, as for a demonstration
        assertEquals(Set.of("PROTEST | Ghana | Tema | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghanaian dock workers went on strike in Tema on Monday over unpaid wages."));
    }

    @Test
    void aStrikeAgainstACompanyTargetsIt() {
        assertEquals(Set.of("PROTEST | Nigeria | Shell | 2024-03-18 | Asserted"),
                Understood.eventsOf("Nigerian oil workers went on strike against Shell on Monday."));
    }

    @Test
    void aHungerStrikeIsAProtestToo() {
        // against the activists' own state (DomesticParties.protestedState)
        assertEquals(Set.of("PROTEST | Bahrain | Bahrain | 2024-03-18 | Asserted"),
                Understood.eventsOf("Jailed Bahraini activists went on a hunger strike on Monday."));
    }

    @Test
    void talksThatGoOnAreNoStrike() {
        assertEquals(Set.of(),
                Understood.eventsOf("The talks in Accra went on for hours on Monday. The striker went on to score twice."));
    }
}
