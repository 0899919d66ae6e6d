package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Test
    void aPersonMetIsRememberedAndTheQueriesAreJournaled() {
        KnownPeople people = KnownPeople.journaled();
        assertEquals(Optional.empty(), people.meet("Ali Mahaman Lamine Zeine", PRIME_MINISTER_OF_NIGER));
        assertEquals(Optional.of(new KnownPeople.Person("Ali Mahaman Lamine Zeine", PRIME_MINISTER_OF_NIGER)),
                people.meet("Ali Mahamane Lamine Zeine", PRIME_MINISTER_OF_NIGER));
        assertEquals(Optional.empty(), people.meet("Jane Roe", Set.of()), "no role: not remembered");
        assertEquals(1, people.size());
        assertEquals(List.of("Ali Mahaman Lamine Zeine", "Ali Mahamane Lamine Zeine", "Jane Roe"),
                people.queries().stream().map(KnownPeople.Query::name).toList());
    }

    @Test
    void filesPreparedInParallelMeetPeopleInTheirOrder() throws Exception {
        KnownPeople people = new KnownPeople();
        FileOrder order = new FileOrder();
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first file is slow to reach the memory; the second would get there first.
            Future<Optional<KnownPeople.Person>> first = pool.submit(() -> order.run(0, () -> {
                try {
                    assertTrue(secondStarted.await(10, TimeUnit.SECONDS));
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return people.meet("Ali Mahaman Lamine Zeine", PRIME_MINISTER_OF_NIGER);
            }));
            Future<Optional<KnownPeople.Person>> second = pool.submit(() -> order.run(1, () -> {
                secondStarted.countDown();
                return people.meet("Ali Mahamane Lamine Zeine", PRIME_MINISTER_OF_NIGER);
            }));
            assertEquals(Optional.empty(), first.get(10, TimeUnit.SECONDS));
            assertEquals(Optional.of("Ali Mahaman Lamine Zeine"),
                    second.get(10, TimeUnit.SECONDS).map(KnownPeople.Person::name), "the first file's spelling names the node");
        } finally {
            pool.shutdownNow();
        }
    }
}
