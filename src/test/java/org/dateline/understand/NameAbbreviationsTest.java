package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A person's name written with initials for the given names, or without a middle name, is the full name
 * the same report gives ({@link EntityGrouper#abbreviates}); a first name that is not the full name's first
 * is someone else. Reports published on Tuesday 19 March 2024.
 */
class NameAbbreviationsTest {

    private static boolean same(String full, String part) {
        return EntityGrouper.partOf(full, part, EntityType.PERSON);
    }

    @Test
    void initialsStandForTheGivenNames() {
        assertTrue(same("Recep Tayyip Erdogan", "R.T.Erdogan"));
        assertTrue(same("Recep Tayyip Erdogan", "R. T. Erdogan"));
        assertTrue(same("Recep Tayyip Erdogan", "R.T. Erdogan"));
        assertTrue(same("John Smith", "J. Smith"));
        assertTrue(same("Abul Kalam Momen", "AK Momen"));
    }

    @Test
    void aMiddleNameMayBeLeftOut() {
        assertTrue(same("AK Abdul Momen", "Dr AK Momen"));
        assertTrue(same("Ama Serwaa Owusu", "Ama Owusu"));
    }

    @Test
    void anotherFirstNameOrInitialIsAnotherPerson() {
        assertFalse(same("Recep Tayyip Erdogan", "E. Erdogan"));
        assertFalse(same("Ama Serwaa Owusu", "Kofi Owusu"));
        assertFalse(same("Ama Serwaa Owusu", "Serwaa Owusu Mensah"));
        assertFalse(same("Ama Owusu", "A. Mensah"));
    }

    @Test
    void theInitialledNameIsTheActorTheReportNamedInFull() {
        assertEquals(Set.of("CONSULT | Kofi Adjei Mensah | Paul Biya | 2024-03-19 | Asserted"),
                Understood.eventsOf("Kofi Adjei Mensah arrived in Yaounde on Monday for a two-day stay.\n\n"
                        + "K.A. Mensah met Paul Biya on Tuesday."));
    }
}
