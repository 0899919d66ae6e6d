package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A threat whose act names no one is aimed at the one its condition is set on ({@link ConditionalThreats}); a
 * leader and the state he holds office in are one side ({@link EventArguments#side}). Exact events (type | actor |
 * target | date | modality), each report published on Tuesday 19 March 2024.
 */
class ConditionalThreatsTest {

    @Test
    void aThreatSetOnAnUnlessClauseIsAimedAtItsSubject() {
        assertEquals(Set.of("THREATEN | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("Ghana threatened to close the border unless Togo released the prisoners."));
    }

    @Test
    void aThreatSetOnAnIfClauseIsAimedAtItsSubject() {
        assertEquals(Set.of("THREATEN | Chile | Peru | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chile threatened to recall its ambassador if Peru expels the fishermen."));
    }

    @Test
    void aConditionOnTheThreateningSideItselfNamesNoTarget() {
        // the condition's subject is the actor: no one else is threatened, and no event is made up
        assertEquals(Set.of(), Understood.eventsOf("Chile threatened to leave the talks if it is not heard."));
    }

    @Test
    void aLeaderUrgingHisOwnCountryAndAnotherAsksOnlyTheOther() {
        assertEquals(Set.of("REQUEST | Xi Jinping | Brazil | 2024-03-18 | Asserted"),
                Understood.eventsOf("Chinese President Xi Jinping on Monday urged China and Brazil to work together."));
    }

    @Test
    void aLeaderActingOnHisOwnCountryIsToldWithoutATarget() {
        assertEquals(Set.of("ACCUSE | Gabriel Boric | - | 2024-03-19 | Asserted"),
                Understood.eventsOf("Chilean President Gabriel Boric criticised Chile for its slow reforms."));
    }
}
