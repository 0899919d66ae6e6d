package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The parties of a meeting named together afterwards ("they agreed", "both ministers agreed", "the two sides
 * discussed") are the meeting's actor and target (see {@link MeetingParties}); reports published on Tuesday
 * 19 March 2024.
 */
class MeetingPartiesTest {

    @Test
    void theyAgreedAfterTalksIsTheirAgreement() {
        assertEquals(Set.of("CONSULT | William Ruto | Yoweri Museveni | 2024-03-18 | Asserted",
                "AGREE | William Ruto | Yoweri Museveni | 2024-03-19 | Asserted"),
                Understood.eventsOf("William Ruto held talks with Yoweri Museveni in Kampala on Monday. "
                        + "They agreed to reopen the border."));
    }

    @Test
    void bothMinistersAgreedIsTheMinistersAgreement() {
        assertEquals(Set.of("CONSULT | Ghana | Togo | 2024-03-19 | Asserted",
                "AGREE | Ghana | Togo | 2024-03-19 | Asserted"),
                Understood.eventsOf("The Ghanaian foreign minister met his Togolese counterpart in Accra. "
                        + "Both ministers agreed to work together on border security."));
    }

    @Test
    void theTwoMinistersPledgedToWorkIsTheirCooperationPlanned() {
        // the subject of "work" is that of "pledged", which controls it: the two who met
        assertEquals(Set.of("CONSULT | William Ruto | Yoweri Museveni | 2024-03-18 | Asserted",
                "COOPERATE | William Ruto | Yoweri Museveni | - | Planned"),
                Understood.eventsOf("William Ruto held talks with Yoweri Museveni in Kampala on Monday. "
                        + "The two presidents pledged to work closely on trade and energy."));
    }

    @Test
    void theyWithNoMeetingBeforeAreNotTheParties() {
        assertEquals(Set.of(), Understood.eventsOf("Farmers marched through Nairobi. They agreed to go home in the evening."));
    }
}
