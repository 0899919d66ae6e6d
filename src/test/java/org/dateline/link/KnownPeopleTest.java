package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KnownPeopleTest {

    private static final Set<KnownPeople.RoleKey> PRIME_MINISTER_OF_NIGER =
            Set.of(new KnownPeople.RoleKey("Prime Minister", "Niger"));

    @Test
    void aCloseSpellingWithTheSameRoleIsTheSamePerson() {
        KnownPeople people = new KnownPeople();
        people.remember("Ali Mahaman Lamine Zeine", PRIME_MINISTER_OF_NIGER);
        assertEquals(Optional.of("Ali Mahaman Lamine Zeine"), people.match("Ali Mahamane Lamine Zeine",
                Set.of(new KnownPeople.RoleKey("prime minister", "Niger"))));
        assertEquals(Optional.of("Ali Mahaman Lamine Zeine"), people.match("Ali Mahamane Lamine Zeine",
                Set.of(new KnownPeople.RoleKey("prime minister", null))), "a role without its country still agrees");
    }

    @Test
    void aCloseSpellingWithoutASharedRoleIsNot() {
        KnownPeople people = new KnownPeople();
        people.remember("Ali Mahaman Lamine Zeine", PRIME_MINISTER_OF_NIGER);
        assertEquals(Optional.empty(), people.match("Ali Mahamane Lamine Zeine", Set.of()));
        assertEquals(Optional.empty(), people.match("Ali Mahamane Lamine Zeine",
                Set.of(new KnownPeople.RoleKey("prime minister", "Mali"))));
        assertEquals(Optional.empty(), people.match("Ali Mahamane Lamine Zeine",
                Set.of(new KnownPeople.RoleKey("foreign minister", "Niger"))));
    }

    @Test
    void onlyOneLongWordMayDifferAndOnlyByOneLetter() {
        assertTrue(KnownPeople.closeSpelling("Ali Mahaman Lamine Zeine", "Ali Mahamane Lamine Zeine"));
        assertTrue(KnownPeople.closeSpelling("Bakary Yaou Sangare", "Bakary Yaou Sangaré"));
        assertFalse(KnownPeople.closeSpelling("John Smith", "Jane Smith"), "short words must be equal");
        assertFalse(KnownPeople.closeSpelling("Mohamed Bazoum", "Mohamed Bazoumi Bazoum"), "word counts differ");
        assertFalse(KnownPeople.closeSpelling("Andrea Kovacs", "Andrei Kovach"), "two words differ");
        assertFalse(KnownPeople.closeSpelling("Sangare", "Sangaré"), "a single name is too little to go on");
        assertFalse(KnownPeople.closeSpelling("Karim Benali", "Karim Bensalah"), "more than one letter");
    }
}
