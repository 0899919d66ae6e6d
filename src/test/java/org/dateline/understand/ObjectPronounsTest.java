package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * An object pronoun is not the subject of its own clause ({@link PronounResolver}): "Mudavadi ... thanked him"
 * is someone other than Mudavadi, the person named before him. Reports published on Tuesday 19 March 2024.
 */
class ObjectPronounsTest {

    @Test
    void theOneThankedIsNotTheOneThanking() {
        // "him" is the Ugandan minister, not Mudavadi, the last person named before it (who would thank himself)
        assertEquals(Set.of("SUPPORT | Musalia Mudavadi | Jeje Odongo | 2024-03-19 | Asserted"),
                Understood.eventsOf("At the talks with Ugandan Foreign Minister Jeje Odongo, Musalia Mudavadi raised "
                        + "the border dispute and thanked him for his cooperation."));
    }

    @Test
    void aSubjectPronounStillContinuesTheSubject() {
        assertEquals(Set.of("CONSULT | Musalia Mudavadi | Jeje Odongo | 2024-03-18 | Asserted"),
                Understood.eventsOf("Musalia Mudavadi arrived in Kampala on Sunday. On Monday he met Jeje Odongo."));
    }
}
