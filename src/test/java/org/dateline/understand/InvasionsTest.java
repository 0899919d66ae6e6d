package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An invasion is a military assault on the land invaded (PLOVER ASSAULT), where CAMEO's code for the verb (192,
 * occupy territory) puts it under COERCE as a seizure: "invade" in event-lexicon.tsv, its noun "invasion" through
 * event-nouns.tsv. Protesters who invade an embassy still protest (CAMEO 145). Exact events (type | actor | target |
 * date | modality), each report published on Tuesday 19 March 2024. Troops who capture part of a place assault it too
 * (event-lexicon-additions.tsv).
 */
class InvasionsTest {

    @Test
    void anArmyThatInvadesAssaults() {
        assertEquals(Set.of("ASSAULT | Ethiopia | Somalia | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ethiopia invaded Somalia on Monday."));
    }

    @Test
    void anInvasionMountedIsAnAssault() {
        assertEquals(Set.of("ASSAULT | Rwanda | Burundi | 2024-03-18 | Asserted"),
                Understood.eventsOf("Rwanda on Monday launched its long-feared invasion of Burundi."));
    }

    @Test
    void studentsWhoInvadeAnEmbassyProtest() {
        assertEquals(Set.of("PROTEST | - | France | 2024-03-18 | Asserted"),
                Understood.eventsOf("Students invaded the French embassy in Tehran on Monday."));
    }

    @Test
    void fansInvadingAPitchAssaultNoOne() {
        assertEquals(Set.of(),
                Understood.eventsOf("Hundreds of fans invaded the pitch in Cairo on Sunday after the final."));
    }

    @Test
    void troopsThatCapturePartOfATownAssaultIt() {
        // the CAMEO line of the verb's block read "part" as taking part: an intention to cooperate (AGREE)
        assertEquals(Set.of("ASSAULT | Ethiopia | Eritrea | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ethiopian troops captured part of Eritrea on Monday."));
    }
}
