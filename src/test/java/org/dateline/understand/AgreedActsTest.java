package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Whom an agreement to act concerns when it names no partner ({@link AgreedActs}): the party the phrase of what is
 * agreed names, however deep, a place in it included. Reports published on Tuesday 19 March 2024.
 */
class AgreedActsTest {

    @Test
    void anOfficeAgreedInACityConcernsThatCity() {
        assertEquals(Set.of("AGREE | Norway | Nairobi | 2024-03-18 | Asserted"),
                Understood.eventsOf("Norway agreed on Monday to the opening of a trade office in Nairobi."));
    }

    @Test
    void anExtensionAgreedToConcernsTheCountryDeepInItsPhrase() {
        assertEquals(Set.of("AGREE | Ghana | Mali | 2024-03-18 | Asserted"),
                Understood.eventsOf("Ghana agreed on Monday to an extension of the mandate of the peacekeeping force in Mali."));
    }

    @Test
    void anAgreedActNamingNoOneStaysWithoutRecipient() {
        assertEquals(Set.of("AGREE | Norway | - | 2024-03-18 | Asserted"),
                Understood.eventsOf("Norway agreed on Monday to extend the deadline for applications."));
    }
}
