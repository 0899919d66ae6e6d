package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The replay of the people each file met, in file order, as one machine's link stage meets them. */
class PeopleReplayTest {

    private static final List<MetPerson.Role> PRIME_MINISTER = List.of(new MetPerson.Role("prime minister", "niger"));
    private static final MetPerson MAHAMAN = new MetPerson("Ali Mahaman Lamine Zeine", PRIME_MINISTER);
    private static final MetPerson MAHAMANE = new MetPerson("Ali Mahamane Lamine Zeine", PRIME_MINISTER);
    private static final MetPerson MINISTER = new MetPerson("Bakary Yaou Sangare",
            List.of(new MetPerson.Role("foreign minister", "mali")));

    @Test
    void aLaterFileSpellingAKnownPersonOtherwiseIsDoneAgainWithThatPerson() {
        Map<Long, List<MetPerson>> redo = PeopleReplay.filesToRedo(Map.of(
                0L, List.of(MINISTER, MAHAMAN), 3L, List.of(MAHAMANE), 5L, List.of(MAHAMAN)));
        assertEquals(Map.of(3L, List.of(MAHAMAN)), redo, "file 5 spells it as the node does: nothing to do");
    }

    @Test
    void theOrderOfTheFilesDecidesNotTheOrderGiven() {
        assertEquals(Map.of(3L, List.of(MAHAMANE)), PeopleReplay.filesToRedo(Map.of(3L, List.of(MAHAMAN), 1L, List.of(MAHAMANE))));
    }

    @Test
    void spellingsWithinOneFileAreMergedThereAlready() {
        assertEquals(Map.of(), PeopleReplay.filesToRedo(Map.of(2L, List.of(MAHAMAN, MAHAMANE), 4L, List.of(MINISTER))));
    }

    @Test
    void aFileMeetingBothSpellingsAfterAnEarlierOneIsDoneAgainWithTheEarlierPersonOnly() {
        // One machine: file 1 remembered Mahamane, so file 2's Mahaman is Mahamane's node too, and so
        // is its second mention; the file's own memory had made Mahaman the node.
        assertEquals(Map.of(2L, List.of(MAHAMANE)),
                PeopleReplay.filesToRedo(Map.of(1L, List.of(MAHAMANE), 2L, List.of(MAHAMAN, MAHAMANE, MINISTER))));
    }
}
