package org.dateline.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The items the offline linker knows, indexed by {@link NameKey}: the bundled gazetteer built from
 * the Wikidata extracts (see org/dateline/link/README.md), plus any users' files. Immutable.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/org/dateline/link/gazetteer.tsv.gz";

    /** How a name matched an item. */
    public enum MatchKind { LABEL, ALIAS, DEMONYM }

    /**
     * One item a name key can refer to.
     *
     * @param acronymOnly the only names of the item with this key are acronyms ("US"), which match
     *                    text written in capitals only, so that the pronoun "us" is not the U.S.
     */
    public record Hit(GazetteerEntry entry, MatchKind kind, boolean acronymOnly) {
    }

    private static volatile Gazetteer bundled;

    private final Map<String, GazetteerEntry> byQid;
    private final Map<String, List<Hit>> byKey;
    private final Map<String, List<GazetteerEntry>> peopleBySurname;
    private final List<GazetteerEntry> people;
    private final Map<String, String[]> personNameWords;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        Map<String, GazetteerEntry> qids = new LinkedHashMap<>();
        entries.forEach(e -> qids.put(e.qid(), e));
        Map<String, Map<String, Hit>> keys = new HashMap<>();
        Map<String, List<GazetteerEntry>> surnames = new HashMap<>();
        for (GazetteerEntry e : qids.values()) {
            add(keys, e.label(), e, MatchKind.LABEL);
            e.aliases().forEach(alias -> add(keys, alias, e, MatchKind.ALIAS));
            e.demonyms().forEach(demonym -> add(keys, demonym, e, MatchKind.DEMONYM));
            if (e.type() == EntityType.PERSON) {
                String key = NameKey.of(e.label());
                String surname = key.substring(key.lastIndexOf(' ') + 1);
                surnames.computeIfAbsent(surname, k -> new ArrayList<>()).add(e);
            }
        }
        // In the order of the files (Map.copyOf would iterate in an order that changes from run to
        // run, and with it the order of a user's entries, the people, and how ties are broken).
        this.byQid = java.util.Collections.unmodifiableMap(qids);
        Map<String, List<Hit>> index = new HashMap<>(keys.size() * 2);
        keys.forEach((key, hits) -> index.put(key, List.copyOf(hits.values())));
        this.byKey = index;
        Map<String, List<GazetteerEntry>> people = new HashMap<>();
        surnames.forEach((k, v) -> people.put(k, List.copyOf(v)));
        this.peopleBySurname = people;
        this.people = qids.values().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        Map<String, String[]> words = new HashMap<>();
        this.people.forEach(p -> words.put(p.qid(), NameKey.of(p.label()).split(" ")));
        this.personNameWords = words;
    }

    private static void add(Map<String, Map<String, Hit>> keys, String name, GazetteerEntry e, MatchKind kind) {
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        Map<String, Hit> hits = keys.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Hit old = hits.get(e.qid());
        boolean acronym = NameKey.isAcronym(name);
        if (old == null) {
            hits.put(e.qid(), new Hit(e, kind, acronym));
        } else if (old.acronymOnly() && !acronym) {
            // A non-acronym name with the same key ("Reuters" and "REUTERS"): matches in any case.
            hits.put(e.qid(), new Hit(e, old.kind().compareTo(kind) <= 0 ? old.kind() : kind, false));
        }
    }

    /** The gazetteer shipped with Dateline, loaded once. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) {
                    bundled = new Gazetteer(readBundled());
                }
                g = bundled;
            }
        }
        return g;
    }

    /** A gazetteer of exactly these entries (tests, and users' files on top of the bundled one). */
    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    /**
     * This gazetteer with the users' own items added, from TSV files ({@link GazetteerFile}) or
     * Turtle files ending in .ttl ({@link GazetteerTurtle}): a user's row for a QID already known
     * replaces the bundled row, so a user can also correct one.
     */
    public Gazetteer withFiles(List<Path> files) {
        if (files.isEmpty()) {
            return this;
        }
        List<GazetteerEntry> all = new ArrayList<>(byQid.values());
        for (Path file : files) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".ttl") || name.endsWith(".nt")) {
                all.addAll(GazetteerTurtle.read(file));
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                all.addAll(GazetteerFile.read(reader, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + file, e);
            }
        }
        return new Gazetteer(all);
    }

    public int size() {
        return byQid.size();
    }

    public Optional<GazetteerEntry> byQid(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    /**
     * The country an entry lies in or serves: empty when the entry names none, or names one this
     * gazetteer does not hold as a country (a user's row may name any item; the bundled build
     * resolves or drops every reference, see GazetteerBuilder).
     */
    public Optional<GazetteerEntry> countryOf(GazetteerEntry entry) {
        if (entry.countryQid() == null) {
            return Optional.empty();
        }
        return byQid(entry.countryQid()).filter(country -> country.type() == EntityType.COUNTRY);
    }

    /** Every entry, in the order of the files it was read from. */
    public Collection<GazetteerEntry> entries() {
        return byQid.values();
    }

    /** The items a name key ({@link NameKey#of}) may refer to. */
    public List<Hit> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Every person in the gazetteer. */
    public List<GazetteerEntry> people() {
        return people;
    }

    /** The words of a person's name key: "vladimir", "putin". */
    public String[] nameWords(GazetteerEntry person) {
        return personNameWords.get(person.qid());
    }

    /** People whose name ends with this key ("putin"). */
    public List<GazetteerEntry> peopleWithSurname(String key) {
        return peopleBySurname.getOrDefault(key, List.of());
    }

    private static List<GazetteerEntry> readBundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            return GazetteerFile.read(reader, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
