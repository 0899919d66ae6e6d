package org.dateline.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * People no Wikidata item was found for, remembered with the roles the reports gave them, so that
 * the same person spelled a little differently in another report ("Ali Mahaman Lamine Zeine" /
 * "Ali Mahamane Lamine Zeine", both prime minister of Niger) becomes one node. A close spelling
 * alone is not enough: the two must share a role, since a wrong merge is worse than two nodes.
 * The first spelling met is the node's name; later ones become its alternative labels.
 */
public final class KnownPeople {

    /** A role as the matching compares it: the title, and whose title it is (null when unsaid). */
    public record RoleKey(String title, String of) {

        public RoleKey {
            title = title.toLowerCase(Locale.ROOT).strip();
            of = of == null ? null : of.toLowerCase(Locale.ROOT).strip();
        }

        boolean sameRole(RoleKey other) {
            return title.equals(other.title) && (of == null || other.of == null || of.equals(other.of));
        }
    }

    /** A person remembered: the first spelling met, and the roles that report gave them. */
    public record Person(String name, Set<RoleKey> roles) {

        public Person {
            roles = Set.copyOf(roles);
        }
    }

    /** What the link stage asked of the memory for one unlinked person of a report ({@link #meet}). */
    public record Query(String name, Set<RoleKey> roles) {

        public Query {
            roles = Set.copyOf(roles);
        }
    }

    private final List<Person> people = new ArrayList<>();
    /** The queries met, in order, when kept ({@link #journaled}); null otherwise. */
    private final List<Query> journal;

    public KnownPeople() {
        this(false);
    }

    private KnownPeople(boolean journaled) {
        this.journal = journaled ? new ArrayList<>() : null;
    }

    /**
     * A memory that also keeps the queries it was asked ({@link #queries}), so that what it decided
     * can be replayed in another order: the Spark job gives each file such a memory, then replays
     * all files' queries in {@code ingest}'s order to find where one machine would have merged.
     */
    public static KnownPeople journaled() {
        return new KnownPeople(true);
    }

    /**
     * The link stage's question for an unlinked person: the known person this one is, or empty, in
     * which case this one is remembered (when it has a role). Waits for the file's turn when files
     * are prepared in parallel but must meet people in their order ({@link FileOrder}).
     */
    public Optional<Person> meet(String name, Set<RoleKey> roles) {
        // Outside the lock: the earlier file, whose turn it is, needs it.
        FileOrder.awaitTurn();
        synchronized (this) {
            if (journal != null) {
                journal.add(new Query(name, roles));
            }
            Optional<Person> known = find(name, roles);
            if (known.isEmpty()) {
                remember(name, roles);
            }
            return known;
        }
    }

    /** The queries {@link #meet} answered, in order (empty unless {@link #journaled}). */
    public synchronized List<Query> queries() {
        return journal == null ? List.of() : List.copyOf(journal);
    }

    /** Where a remembered person stands in the order people were remembered; -1 when not remembered. */
    public synchronized int indexOf(Person person) {
        return people.indexOf(person);
    }

    /** How many people are remembered. */
    public synchronized int size() {
        return people.size();
    }

    private Optional<Person> find(String name, Set<RoleKey> roles) {
        for (Person person : people) {
            if (closeSpelling(person.name, name) && shareARole(person.roles, roles)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a known person this one is, or empty.
     *
     * @param name  the name as the report gives it
     * @param roles the roles the report states for the person
     */
    public synchronized Optional<String> match(String name, Set<RoleKey> roles) {
        return find(name, roles).map(Person::name);
    }

    /** Remembers a person under this name; people without a stated role cannot be matched, so are not kept. */
    public synchronized void remember(String name, Set<RoleKey> roles) {
        if (roles.isEmpty()) {
            return;
        }
        people.add(new Person(name, roles));
    }

    private static boolean shareARole(Set<RoleKey> known, Set<RoleKey> roles) {
        return known.stream().anyMatch(a -> roles.stream().anyMatch(a::sameRole));
    }

    /**
     * The same number of words, all equal but at most one, which differs by a single letter and is
     * not short: "Mahaman"/"Mahamane" yes, "Ali"/"Alu" no, "John Smith"/"Jane Smith" no.
     */
    static boolean closeSpelling(String a, String b) {
        String[] wordsA = NameKey.of(a).split(" ");
        String[] wordsB = NameKey.of(b).split(" ");
        if (wordsA.length != wordsB.length || wordsA.length < 2) {
            return false;
        }
        int differing = 0;
        for (int i = 0; i < wordsA.length; i++) {
            if (wordsA[i].equals(wordsB[i])) {
                continue;
            }
            if (++differing > 1 || Math.min(wordsA[i].length(), wordsB[i].length()) < 5
                    || editDistance(wordsA[i], wordsB[i]) > 1) {
                return false;
            }
        }
        return true;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
