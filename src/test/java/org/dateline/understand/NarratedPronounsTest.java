package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A pronoun in the narrative refers to a person the narrative named, not to one named only inside a
 * quotation; a pronoun that is a subject, or the possessor of one ("his statement read"), continues the last
 * person who was a subject ({@link PronounResolver}). Reports published on Tuesday 19 March 2024.
 */
class NarratedPronounsTest {

    @Test
    void aPronounAfterAQuotationIsNotAPersonNamedInsideIt() {
        assertEquals(Set.of("CONSULT | Kofi Mensah | Ama Owusu | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kofi Mensah said on Monday that his trip would be short.\n\n"
                        + "\"I was received warmly by Chancellor Paul Weber in Berlin,\" his statement read.\n\n"
                        + "Officials say that he met Minister Ama Owusu on Tuesday."));
    }

    @Test
    void aPronounInsideTheQuotationStillReadsItsNames() {
        assertEquals(Set.of("CONSULT | Paul Weber | Ama Owusu | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kofi Mensah said on Tuesday: \"Paul Weber arrived yesterday, "
                        + "and he met Ama Owusu on Tuesday.\""));
    }
}
