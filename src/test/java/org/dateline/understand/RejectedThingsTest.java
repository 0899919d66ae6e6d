package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Whom a rejection or a refusal concerns when it names no target ({@link RejectedThings}): the party the phrase of
 * what is refused names, behind a noun's clause or an act's phrases, or whoever pressed for it. Reports published
 * on Tuesday 19 March 2024.
 */
class RejectedThingsTest {

    @Test
    void aRejectedCallConcernsThePlaceItsActIsTo() {
        assertEquals(Set.of("REJECT | African Union | Haiti | 2024-03-19 | Asserted"),
                Understood.eventsOf("The African Union rejected a request for its soldiers to be sent to Haiti."));
    }

    @Test
    void demandsRefusedInTheFutureConcernTheCountryOfTheActDemanded() {
        assertEquals(Set.of("REJECT | France | Chad | 2024-03-19 | Asserted"),
                Understood.eventsOf("France said it would not meet the kidnappers' demands to free the hostages held in Chad."));
    }

    @Test
    void aRefusalDespitePressureIsAimedAtWhoPressed() {
        assertEquals(Set.of("REJECT | John Mbadi | International Monetary Fund | 2024-03-18 | Asserted"),
                Understood.eventsOf("Finance Minister John Mbadi on Monday declined to resign despite mounting pressure from the "
                        + "International Monetary Fund."));
    }

    @Test
    void aRejectionNamingNoOneStaysWithoutTarget() {
        assertEquals(Set.of("REJECT | Norway | - | 2024-03-18 | Asserted"), Understood.eventsOf("Norway on Monday rejected the proposal."));
    }

    @Test
    void aRefusalToCommentIsNoEvent() {
        assertEquals(Set.of(), Understood.eventsOf("Norway declined to comment on the report."));
    }
}
