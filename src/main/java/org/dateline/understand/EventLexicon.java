package org.dateline.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The predicates that are events, read from event-lexicon.tsv (its header documents the format). */
final class EventLexicon {

    static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** One line of the lexicon. Paths are lists of relations; special paths have one element. */
    record Entry(String lemma, boolean verb, String particle, List<List<String>> actor, List<List<String>> target,
            String category, Pattern cue) {
    }

    private final List<Entry> entries;

    EventLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static EventLexicon bundled() {
        try (InputStream in = EventLexicon.class.getResourceAsStream("event-lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("event-lexicon.tsv missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventLexicon parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 7) {
                throw new IllegalArgumentException("event lexicon line needs 7 columns or more: " + line);
            }
            if (!CATEGORIES.contains(f[5]) || !(f[1].equals("verb") || f[1].equals("noun"))) {
                throw new IllegalArgumentException("event lexicon line has an unknown category or part of speech: " + line);
            }
            entries.add(new Entry(f[0], f[1].equals("verb"), f[2].equals("-") ? null : f[2], paths(f[3]), paths(f[4]),
                    f[5], f[6].equals("-") ? null : Pattern.compile(f[6], Pattern.CASE_INSENSITIVE)));
        }
        return new EventLexicon(entries);
    }

    private static List<List<String>> paths(String column) {
        List<List<String>> paths = new ArrayList<>();
        for (String path : column.split(",")) {
            paths.add(List.of(path.trim().split(">")));
        }
        return paths;
    }

    List<Entry> lookUp(String lemma, boolean verb) {
        return entries.stream().filter(e -> e.verb() == verb && e.lemma().equalsIgnoreCase(lemma)).toList();
    }
}
