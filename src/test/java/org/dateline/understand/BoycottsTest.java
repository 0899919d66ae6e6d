package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Boycotting is protest (PLOVER PROTEST, mode boycott; CAMEO 143), no embargo (CAMEO's bare "boycott", 163,
 * dropped in event-bare-verbs.tsv); a boycott its actor announces is a threat (CAMEO 1312). Reports published
 * on Tuesday 19 March 2024.
 */
class BoycottsTest {

    @Test
    void boycottingProceedingsIsProtest() {
        assertEquals(Set.of("PROTEST | Kenya | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Kenyan opposition has been boycotting the proceedings, saying they are biased."));
    }

    @Test
    void boycottingAProductIsProtestAgainstItsCountry() {
        assertEquals(Set.of("PROTEST | Kenya | France | 2024-03-19 | Asserted"), Understood.eventsOf("Kenyan traders boycotted French goods."));
    }

    @Test
    void aBoycottItsActorAnnouncesIsAThreat() {
        assertEquals(Set.of("THREATEN | Kenya | United States | - | Planned"),
                Understood.eventsOf("Kenyan opposition leaders said they would boycott all contact with the United States."));
    }
}
