package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * "I" and "we" as the subject of a direct quotation stand for its speaker ({@link QuotedFirstPersons}): in the
 * plain present, where the act is done by saying it, and in the present perfect, where the speaker tells an act
 * already done as their own. A future, or a "do" with its negation, tells of no act done and keeps no actor.
 * Reports published on Tuesday 19 March 2024.
 */
class QuotedFirstPersonsTest {

    @Test
    void aRequestTheSpeakerHasMadeIsTheSpeakers() {
        assertEquals(Set.of("REQUEST | Amara Diallo | Liberia | 2024-03-19 | Asserted"),
                Understood.eventsOf("\"I have asked Liberia to hand over the suspects,\" Guinean Justice Minister"
                        + " Amara Diallo said on Tuesday."));
    }

    @Test
    void talksTheSpeakerHasHeldAreTheSpeakers() {
        assertEquals(Set.of("CONSULT | Amara Diallo | Joseph Boakai | 2024-03-19 | Asserted"),
                Understood.eventsOf("\"We have talked with Joseph Boakai about the border,\" Guinean Justice Minister"
                        + " Amara Diallo said on Tuesday."));
    }

    @Test
    void aMeetingTheSpeakerWillHoldIsNoActOfTheSpeakersYet() {
        assertEquals(Set.of(), Understood.eventsOf("\"We will be meeting shortly, whenever they are ready,\" Guinean"
                + " Justice Minister Amara Diallo said on Tuesday."));
    }
}
