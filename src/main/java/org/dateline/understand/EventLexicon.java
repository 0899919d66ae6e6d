package org.dateline.understand;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The predicates that are events: the lexicon built from the CAMEO verb dictionary
 * (event-lexicon-cameo.tsv.gz, see {@code org.dateline.understand.build.EventLexiconBuilder}), the
 * hand-written event-lexicon.tsv, whose lines replace the built ones of their lemma, and event-nouns.tsv,
 * which gives nouns ("attack", "signing") the lines of their verb. event-lexicon.tsv's header documents
 * the format.
 */
final class EventLexicon {

    static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** A path that ends the alternatives: the event stands without a target when no other path finds one. */
    static final List<String> NONE = List.of("none");

    /**
     * A noun phrase a pattern asks for: slots, the head last; each slot lists the word sequences that may
     * fill it ("arms_shipment": a head "shipment" governing "arms").
     */
    record Phrase(List<List<List<String>>> slots) {
        List<List<String>> head() {
            return slots.get(slots.size() - 1);
        }

        List<List<List<String>>> modifiers() {
            return slots.subList(0, slots.size() - 1);
        }
    }

    /** What an entry asks of the predicate's phrase besides its lemma. */
    sealed interface Constraint permits SubjectIs, PhraseHolds, Through {
    }

    /** The predicate's subject is one of these phrases ("S=police"). */
    record SubjectIs(List<Phrase> phrases) implements Constraint {
    }

    /** A word the predicate governs (two levels down, not its subject) is one of these phrases ("O=aid"). */
    record PhraseHolds(List<Phrase> phrases) implements Constraint {
    }

    /** The predicate, its object or its subject governs a phrase through one of these prepositions, holding one of the phrases if any are given. */
    record Through(Set<String> prepositions, List<Phrase> phrases) implements Constraint {
    }

    /**
     * One line of the lexicon. Paths are lists of relations; special paths have one element. A null
     * category is a pattern that is no event: it stops the lines after it for that predicate.
     */
    record Entry(String lemma, boolean verb, List<String> particle, List<List<String>> actor, List<List<String>> target,
            String category, Pattern cue, String cameo, String mode, List<Constraint> constraints) {

        Entry {
            particle = List.copyOf(particle);
            constraints = List.copyOf(constraints);
        }

        boolean isEvent() {
            return category != null;
        }
    }

    private final Map<String, List<Entry>> verbs;
    private final Map<String, List<Entry>> nouns;
    private final Set<String> handWritten;

    private EventLexicon(Map<String, List<Entry>> verbs, Map<String, List<Entry>> nouns, Set<String> handWritten) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.handWritten = handWritten;
    }

    private static final class Bundled {
        static final EventLexicon LEXICON = load();
    }

    /** The bundled lexicon, read once per JVM. */
    static EventLexicon bundled() {
        return Bundled.LEXICON;
    }

    private static EventLexicon load() {
        return parse(resource("event-lexicon-cameo.tsv.gz"), resource("event-lexicon.tsv"), resource("event-nouns.tsv"),
                resource("event-bare-verbs.tsv"), resource("event-lexicon-additions.tsv"));
    }

    private static List<String> resource(String name) {
        try (InputStream raw = EventLexicon.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException(name + " missing from the classpath");
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon of these lines alone (the hand-written format). */
    static EventLexicon parse(List<String> lines) {
        return parse(List.of(), lines, List.of(), List.of(), List.of());
    }

    /**
     * @param built    lines built from the dictionaries
     * @param hand     lines written by hand: they replace the built lines of their lemma and part of speech
     * @param nominals "noun TAB verb" lines: a noun without lines of its own takes its verb's, its arguments
     *                 found where a noun has them ("the signing of the accord by Mali")
     * @param bareVerbs "lemma TAB why" lines: verbs whose built line for the bare verb is dropped
     * @param additions lines written by hand that are tried after the lemma's others rather than replacing
     *                 them ("received the prince" is a visit hosted, while the CAMEO lines of "receive" stay);
     *                 those with a pattern are tried before them (see {@link #withAdditions})
     */
    static EventLexicon parse(List<String> built, List<String> hand, List<String> nominals, List<String> bareVerbs,
            List<String> additions) {
        Reader reader = new Reader();
        Map<String, List<Entry>> verbs = new HashMap<>();
        Map<String, List<Entry>> nouns = new HashMap<>();
        reader.read(built, "event-lexicon-cameo.tsv.gz", verbs, nouns);
        for (String line : bareVerbs) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String lemma = line.split("\t")[0].strip().toLowerCase(Locale.ROOT);
                verbs.computeIfPresent(lemma, (k, entries) -> {
                    entries.removeIf(e -> e.constraints().isEmpty() && e.particle().isEmpty());
                    return entries.isEmpty() ? null : entries;
                });
            }
        }
        Map<String, List<Entry>> handVerbs = new LinkedHashMap<>();
        Map<String, List<Entry>> handNouns = new LinkedHashMap<>();
        reader.read(hand, "event-lexicon.tsv", handVerbs, handNouns);
        verbs.putAll(handVerbs);
        nouns.putAll(handNouns);
        Map<String, List<Entry>> addedVerbs = new LinkedHashMap<>();
        Map<String, List<Entry>> addedNouns = new LinkedHashMap<>();
        reader.read(additions, "event-lexicon-additions.tsv", addedVerbs, addedNouns);
        addedVerbs.forEach((lemma, entries) -> verbs.put(lemma, withAdditions(verbs.get(lemma), entries)));
        addedNouns.forEach((lemma, entries) -> nouns.put(lemma, withAdditions(nouns.get(lemma), entries)));
        Set<String> handWritten = new java.util.HashSet<>();
        handVerbs.forEach((lemma, entries) -> {
            if (entries.stream().anyMatch(Entry::isEvent)) {
                handWritten.add("verb " + lemma);
            }
        });
        handNouns.forEach((lemma, entries) -> {
            if (entries.stream().anyMatch(Entry::isEvent)) {
                handWritten.add("noun " + lemma);
            }
        });
        int n = 0;
        for (String line : nominals) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                throw new IllegalArgumentException("event-nouns.tsv line " + n + ": needs a noun and its verb: " + line);
            }
            String noun = f[0].strip().toLowerCase(Locale.ROOT);
            if (nouns.containsKey(noun)) {
                continue; // a noun with lines of its own keeps them
            }
            List<Entry> derived = new ArrayList<>();
            for (Entry e : verbs.getOrDefault(f[1].strip().toLowerCase(Locale.ROOT), List.of())) {
                if (e.particle().isEmpty()) {
                    derived.add(new Entry(noun, false, List.of(), nounPaths(e.actor(), true), nounPaths(e.target(), false),
                            e.category(), e.cue(), e.cameo(), e.mode(), e.constraints()));
                }
            }
            if (!derived.isEmpty()) {
                nouns.put(noun, List.copyOf(derived));
            }
        }
        return new EventLexicon(verbs, nouns, Set.copyOf(handWritten));
    }

    /**
     * A lemma's lines with the hand-written additions: an addition with a pattern (S=, O=, P=) is more
     * specific than the dictionary's catch-all lines and is tried first ("blocked the bridge" is a protest,
     * PLOVER PROTEST / CAMEO 144, where CAMEO's bare "block" and its "from" line code COERCE or SANCTION);
     * an addition without one is tried after the lemma's others ("received the prince").
     */
    private static List<Entry> withAdditions(List<Entry> existing, List<Entry> additions) {
        List<Entry> out = new ArrayList<>();
        additions.stream().filter(e -> !e.constraints().isEmpty()).forEach(out::add);
        if (existing != null) {
            out.addAll(existing);
        }
        additions.stream().filter(e -> e.constraints().isEmpty()).forEach(out::add);
        return out;
    }

    /**
     * Where a noun has the arguments its verb has: "Mali's signing", "the signing by Mali" for the
     * subject; "the signing of the accord", "talks with Iran" (or "held talks with", through the light
     * verb) for the object and the prepositional phrases; "the demand that Israel ease" for the subject of
     * the clause a demand or a threat is addressed in; "between A and B" first.
     */
    private static List<List<String>> nounPaths(List<List<String>> paths, boolean actor) {
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(List.of("between"));
        for (List<String> path : paths) {
            String first = path.get(0);
            if (path.size() == 1 && first.equals("subject")) {
                out.add(List.of("nmod:poss"));
                out.add(List.of("nmod:by"));
                out.add(List.of("subject"));
                if (actor) {
                    out.add(List.of("amod")); // "the Israeli raid"
                    out.add(List.of("compound")); // "a US strike"
                }
            } else if (path.size() == 1 && first.equals("obj")) {
                out.add(List.of("nmod:of"));
            } else if (path.size() == 1 && first.startsWith("obl:")) {
                String prep = first.substring(4);
                out.add(List.of("nmod:" + prep));
                out.add(List.of("^", "obl:" + prep));
            } else if (path.equals(List.of("ccomp", "nsubj"))) {
                // "its demand that Israel ease restrictions": the clause a noun governs hangs by acl
                out.add(List.of("acl", "nsubj"));
                out.add(path);
            } else if (path.size() == 1 && (first.equals("none") || first.equals("between") || first.equals("report"))) {
                out.add(path);
            }
        }
        // "none" stays last
        if (out.remove(NONE)) {
            out.add(NONE);
        }
        return List.copyOf(out);
    }

    /** Whether event-lexicon.tsv, written by hand, makes the lemma an event. */
    boolean isHandWritten(String lemma, boolean verb) {
        return handWritten.contains((verb ? "verb " : "noun ") + lemma.toLowerCase(Locale.ROOT));
    }

    /** The entries of a lemma and part of speech, in the order they are to be tried; empty when it is no event word. */
    List<Entry> lookUp(String lemma, boolean verb) {
        return (verb ? verbs : nouns).getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Reads lexicon lines; keeps the synonym sets ("&weapon TAB rocket|missile") for the lines after them. */
    private static final class Reader {
        private final Map<String, List<List<String>>> sets = new HashMap<>();
        /** Paths and constraints repeat across thousands of lines: each distinct column is parsed once. */
        private final Map<String, List<List<String>>> pathCache = new HashMap<>();
        private final Map<String, List<Constraint>> constraintCache = new HashMap<>();

        void read(List<String> lines, String source, Map<String, List<Entry>> verbs, Map<String, List<Entry>> nouns) {
            int n = 0;
            for (String line : lines) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (line.startsWith("&")) {
                    List<List<String>> phrases = new ArrayList<>();
                    for (String p : f.length > 1 ? f[1].split("\\|") : new String[0]) {
                        phrases.add(List.of(p.split("_")));
                    }
                    sets.put(f[0], phrases);
                    continue;
                }
                if (f.length < 7) {
                    throw new IllegalArgumentException(source + " line " + n + ": needs 7 columns or more: " + line);
                }
                boolean isVerb = f[1].equals("verb");
                if (!(isVerb || f[1].equals("noun")) || !(f[5].equals("-") || CATEGORIES.contains(f[5]))) {
                    throw new IllegalArgumentException(source + " line " + n + ": unknown category or part of speech: " + line);
                }
                List<Constraint> constraints;
                try {
                    constraints = f.length > 10 ? constraints(f[10]) : List.of();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + n + ": " + e.getMessage(), e);
                }
                Entry entry = new Entry(f[0].toLowerCase(Locale.ROOT), isVerb,
                        f[2].equals("-") ? List.of() : List.of(f[2].split("_")), paths(f[3]), paths(f[4]),
                        f[5].equals("-") ? null : f[5], f[6].equals("-") ? null : Pattern.compile(f[6], Pattern.CASE_INSENSITIVE),
                        f.length > 8 && !f[8].equals("-") ? f[8] : null, f.length > 9 && !f[9].equals("-") ? f[9] : null,
                        constraints);
                (isVerb ? verbs : nouns).computeIfAbsent(entry.lemma(), k -> new ArrayList<>()).add(entry);
            }
        }

        private List<List<String>> paths(String column) {
            return pathCache.computeIfAbsent(column, c -> {
                List<List<String>> paths = new ArrayList<>();
                for (String path : c.split(",")) {
                    paths.add(List.of(path.trim().split(">")));
                }
                return List.copyOf(paths);
            });
        }

        /** "O=aid P=to", "S=&military", "P=by|with:&weapon"; "-" for none. */
        private List<Constraint> constraints(String column) {
            if (column.equals("-")) {
                return List.of();
            }
            List<Constraint> cached = constraintCache.get(column);
            if (cached != null) {
                return cached;
            }
            List<Constraint> out = new ArrayList<>();
            for (String element : column.split(" ")) {
                if (element.length() < 3 || element.charAt(1) != '=') {
                    throw new IllegalArgumentException("pattern element neither S=, O= nor P=: " + element);
                }
                String value = element.substring(2);
                switch (element.charAt(0)) {
                    case 'S' -> out.add(new SubjectIs(phrases(value)));
                    case 'O' -> out.add(new PhraseHolds(phrases(value)));
                    case 'P' -> {
                        int colon = value.indexOf(':');
                        Set<String> preps = Set.of(value.substring(0, colon < 0 ? value.length() : colon).split("\\|"));
                        out.add(new Through(preps, colon < 0 ? List.of() : phrases(value.substring(colon + 1))));
                    }
                    default -> throw new IllegalArgumentException("pattern element neither S=, O= nor P=: " + element);
                }
            }
            List<Constraint> result = List.copyOf(out);
            constraintCache.put(column, result);
            return result;
        }

        private List<Phrase> phrases(String term) {
            List<Phrase> phrases = new ArrayList<>();
            for (String alternative : term.split("\\|")) {
                List<List<List<String>>> slots = new ArrayList<>();
                for (String slot : alternative.split("_")) {
                    if (slot.startsWith("&")) {
                        List<List<String>> set = sets.get(slot);
                        if (set == null) {
                            throw new IllegalArgumentException("unknown word set " + slot);
                        }
                        slots.add(set);
                    } else {
                        slots.add(List.of(List.of(slot)));
                    }
                }
                phrases.add(new Phrase(List.copyOf(slots)));
            }
            return List.copyOf(phrases);
        }
    }
}
