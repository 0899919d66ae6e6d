package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An act told in the unreal past ("would have", "should have" with the perfect) did not happen, and is no event
 * (EventFinder.hypothetical); the same act told as done is one. Exact events (type | actor | target | date |
 * modality), each report published on Tuesday 19 March 2024.
 */
class UnrealPastTest {

    @Test
    void anAttackThatWouldHaveHappenedIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Without the ceasefire, Israel would have attacked Gaza."));
        assertEquals(Set.of("ASSAULT | Israel | Gaza | 2024-03-19 | Asserted"), Understood.eventsOf("Israel attacked Gaza."));
    }

    @Test
    void aPassiveArrestInACounterfactualIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf(
                "The minister said that had he agreed, he would not have been arrested by the Peruvian police."));
    }

    @Test
    void whatOneSaysAnotherShouldHaveDoneStaysADemand() {
        // the act did not happen; saying it should have is a request of the one who should have done it
        assertEquals(Set.of("REQUEST | Amnesty | Egypt | 2024-03-19 | Asserted"),
                Understood.eventsOf("Amnesty said Egypt should have released the activists."));
    }

    @Test
    void anActItsActorAnnouncesInTheFuturePerfectIsPlanned() {
        assertEquals(Set.of("RETREAT | Ghana | Mali | 2024-03-15 | Planned"),
                Understood.eventsOf("Ghana said it would have withdrawn its troops from Mali by Friday."));
    }
}
