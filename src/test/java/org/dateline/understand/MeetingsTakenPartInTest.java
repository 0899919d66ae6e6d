package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A meeting a noun tells, hung on a verb of taking part ("participated in", "spoke at") or the
 * object of "attended", is its subject's meeting with whoever the noun names: "with", "between", the host "by" whom
 * it was organised or held, the organisation a summit is "of". Taking part in nothing of the kind, or being somewhere
 * a meeting was, tells no meeting. Each report published on Tuesday 19 March 2024.
 */
class MeetingsTakenPartInTest {

    @Test
    void participatingInAMeetingOrganisedByAnOrganisationIsMeetingIt() {
        assertEquals(Set.of("CONSULT | Kenya | African Union | 2024-03-19 | Asserted"),
                Understood.eventsOf("On Monday, Kenya participated in a meeting organised by the African Union in Addis Ababa."));
    }

    @Test
    void participatingInTalksWithACountryIsMeetingIt() {
        assertEquals(Set.of("CONSULT | Kenya | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Kenya participated in talks with Somalia on Monday about the shared border."));
    }

    @Test
    void speakingAtTheSummitOfAnOrganisationIsMeetingIt() {
        assertEquals(Set.of("CONSULT | Kenya | African Union | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kenya spoke at the summit of the African Union on Monday."));
    }

    @Test
    void takingPartInARaceOrSingingAtAHilltopTellsNoMeeting() {
        assertEquals(Set.of(),
                Understood.eventsOf("Kenya's runners took part in a race in Nairobi on Monday, and a fan sang at the summit of the hill."));
    }
}
