package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Lists of those met that the parser does not coordinate (see {@link ListedTargets}): every item is a target
 * of the meeting. Reports published on Tuesday 19 March 2024.
 */
class ListedTargetsTest {

    @Test
    void everyItemOfASemicolonListWasMet() {
        assertEquals(Set.of("CONSULT | William Ruto | Cyril Ramaphosa | 2024-03-19 | Asserted",
                "CONSULT | William Ruto | Paul Kagame | 2024-03-19 | Asserted",
                "CONSULT | William Ruto | Samia Suluhu Hassan | 2024-03-19 | Asserted"),
                Understood.eventsOf("William Ruto met, on the sidelines of the summit, with President Cyril Ramaphosa of South Africa; "
                        + "Paul Kagame, President of Rwanda; and Samia Suluhu Hassan, President of Tanzania."));
    }

    @Test
    void aTitleInAppositionIsNoSecondGuest() {
        assertEquals(Set.of("CONSULT | William Ruto | Olaf Scholz | 2024-03-19 | Asserted"),
                Understood.eventsOf("William Ruto received Olaf Scholz, the German chancellor."));
    }
}
