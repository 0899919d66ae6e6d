package org.dateline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.dateline.link.build.Tsv;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.Entity;
import org.dateline.understand.Event;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;

/**
 * Scores the events of the pipeline (read -> understand) against events annotated by hand on real
 * scraped reports: the development corpus's {@code events.tsv} (columns id, sentence, trigger, type,
 * actor, actor_iso3, target, target_iso3, modality, notes) over its texts ({@code <id>.txt}), on the
 * reports its manifest puts in one split: {@code dev} (the default) for tuning, or {@code heldout}, the
 * quarter kept aside, to be scored once at the end of a piece of work and never tuned on. The files are
 * read with the project's one TSV reader ({@link Tsv}).
 *
 * <pre>java -Xmx3g -cp target/dateline.jar org.dateline.bench.EventBenchmark TEXTS_DIR EVENTS_TSV MANIFEST_TSV [dev|heldout] [COUNTRIES_TSV]</pre>
 *
 * A found event is right when its type is the gold one, its actor matches the gold actor and its
 * target the gold target (both absent, or matching). An entity matches an annotated one by name (the
 * one's name within the other's, "Wang Yi" and "Chinese Foreign Minister Wang Yi"), or, when it is a
 * country, by ISO3 code: the gold actor's country ({@code actor_iso3}, also given for a person) against
 * the country's code in COUNTRIES_TSV (the Wikidata extract {@code countries_permissive.tsv}, columns
 * label, aliases, iso3; by default {@code ../shared/wikidata/countries_permissive.tsv}). Events
 * annotated without an actor cannot be found by a pipeline that tells only events with one; the
 * figures are given with and without them. Prints precision and recall per category, then every miss.
 */
public final class EventBenchmark {

    /** An event as the gold file or the pipeline gives it; iso3 and target fields may be empty. */
    record Tuple(String type, String actor, String actorIso3, String target, String targetIso3, String trigger,
            String sentence) {
        @Override
        public String toString() {
            return type + " | " + show(actor, actorIso3) + " | " + show(target, targetIso3) + " | \"" + trigger + "\"";
        }

        private static String show(String name, String iso3) {
            return name.isEmpty() ? "-" : iso3.isEmpty() ? name : name + " (" + iso3 + ")";
        }
    }

    private final Map<String, String> iso3ByName;
    private final Map<String, int[]> perCategory = new TreeMap<>(); // gold, found, right found, right gold
    private final StringBuilder misses = new StringBuilder();
    private int gold;
    private int goldWithActor;
    private int found;
    private int rightFound;
    private int rightGold;
    private int rightTypeActor;
    private int reports;
    private final String split;

    EventBenchmark(Map<String, String> iso3ByName, String split) {
        this.iso3ByName = iso3ByName;
        this.split = split;
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>(List.of(args));
        String split = "dev";
        if (positional.size() > 3 && SPLITS.contains(positional.get(3))) {
            split = positional.remove(3);
        }
        if (positional.size() < 3) {
            System.err.println("usage: EventBenchmark TEXTS_DIR EVENTS_TSV MANIFEST_TSV [dev|heldout] [COUNTRIES_TSV]");
            System.exit(2);
        }
        Path countries = Path.of(positional.size() > 3 ? positional.get(3) : "../shared/wikidata/countries_permissive.tsv");
        Map<String, String> iso3 = Files.isRegularFile(countries) ? iso3ByName(countries) : Map.of();
        if (iso3.isEmpty()) {
            System.out.println("no country table at " + countries + ": countries match by name only");
        }
        long start = System.nanoTime();
        Understander understander = RuleBasedUnderstander.withCoreNlp();
        EventBenchmark bench = run(understander, Path.of(positional.get(0)), Path.of(positional.get(1)),
                Path.of(positional.get(2)), split, iso3);
        System.out.print(bench.report());
        if (understander instanceof RuleBasedUnderstander rules && bench.reports > 0) {
            System.out.printf(Locale.ROOT, "event extraction: %.1f ms a report (the parse aside)%n",
                    rules.eventExtractionMillis() / bench.reports);
        }
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The manifest's splits: dev for tuning, heldout scored once at the end of a piece of work. */
    static final List<String> SPLITS = List.of("dev", "heldout");

    /** Runs the understander over the reports of one split and scores them; {@link #report()} prints the result. */
    public static EventBenchmark run(Understander understander, Path texts, Path events, Path manifest, String split,
            Map<String, String> iso3ByName) throws IOException {
        Map<String, List<Tuple>> goldById = gold(events);
        EventBenchmark bench = new EventBenchmark(iso3ByName, split);
        SourceReader reader = new SourceReader();
        for (String id : ids(manifest, split)) {
            Path file = texts.resolve(id + ".txt");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<Tuple> found = new ArrayList<>();
            try {
                for (ReportDoc doc : reader.read(file)) {
                    found.addAll(tuples(understander.understand(doc), iso3ByName));
                }
            } catch (UnreadableSourceException e) {
                System.out.println(file + ": " + e.reason());
                continue;
            }
            bench.add(id, goldById.getOrDefault(id, List.of()), found);
        }
        return bench;
    }

    /** The ids of the reports of one split, in the manifest's order. */
    static List<String> ids(Path manifest, String split) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Map<String, String> row : Tsv.read(manifest)) {
            if (split.equals(row.get("split"))) {
                ids.add(row.get("id"));
            }
        }
        return ids;
    }

    static Map<String, List<Tuple>> gold(Path events) throws IOException {
        Map<String, List<Tuple>> byId = new LinkedHashMap<>();
        for (Map<String, String> row : Tsv.read(events)) {
            byId.computeIfAbsent(row.get("id"), k -> new ArrayList<>()).add(new Tuple(row.getOrDefault("type", ""),
                    row.getOrDefault("actor", ""), row.getOrDefault("actor_iso3", ""), row.getOrDefault("target", ""),
                    row.getOrDefault("target_iso3", ""), row.getOrDefault("trigger", ""), row.getOrDefault("sentence", "")));
        }
        return byId;
    }

    /** Country names (labels and aliases, lowercase) -> ISO3, from the Wikidata country extract. */
    public static Map<String, String> iso3ByName(Path countries) throws IOException {
        Map<String, String> byName = new HashMap<>();
        for (Map<String, String> row : Tsv.read(countries)) {
            String iso3 = row.getOrDefault("iso3", "");
            if (iso3.isBlank()) {
                continue;
            }
            byName.putIfAbsent(row.getOrDefault("label", "").toLowerCase(Locale.ROOT), iso3);
            for (String alias : row.getOrDefault("aliases", "").split("\\|")) {
                if (!alias.isBlank()) {
                    byName.putIfAbsent(alias.strip().toLowerCase(Locale.ROOT), iso3);
                }
            }
        }
        return byName;
    }

    private static List<Tuple> tuples(Understanding understanding, Map<String, String> iso3ByName) {
        Map<String, Entity> byKey = new HashMap<>();
        understanding.entities().forEach(e -> byKey.put(e.key(), e));
        List<Tuple> tuples = new ArrayList<>();
        for (Event e : understanding.events()) {
            // no actor ("two soldiers were shot dead") is "", as the gold writes an event whose report names none
            Entity actor = e.actor() == null ? null : byKey.get(e.actor());
            Entity target = e.target() == null ? null : byKey.get(e.target());
            tuples.add(new Tuple(e.category(), actor == null ? "" : actor.name(), actor == null ? "" : iso3(actor, iso3ByName),
                    target == null ? "" : target.name(),
                    target == null ? "" : iso3(target, iso3ByName), e.trigger() + (e.cameo() == null ? "" : " " + e.cameo()),
                    e.evidence()));
        }
        return tuples;
    }

    private static String iso3(Entity entity, Map<String, String> iso3ByName) {
        return entity.type().name().equals("COUNTRY") ? iso3ByName.getOrDefault(entity.name().toLowerCase(Locale.ROOT), "") : "";
    }

    void add(String id, List<Tuple> goldTuples, List<Tuple> foundTuples) {
        reports++;
        boolean[] goldHit = new boolean[goldTuples.size()];
        boolean[] foundHit = new boolean[foundTuples.size()];
        boolean[] goldTypeActor = new boolean[goldTuples.size()];
        for (int f = 0; f < foundTuples.size(); f++) {
            Tuple e = foundTuples.get(f);
            for (int g = 0; g < goldTuples.size(); g++) {
                Tuple t = goldTuples.get(g);
                boolean actor = t.actor().isEmpty() ? e.actor().isEmpty()
                        : !e.actor().isEmpty() && matches(e.actor(), e.actorIso3(), t.actor(), t.actorIso3());
                if (!e.type().equals(t.type()) || !actor) {
                    continue;
                }
                goldTypeActor[g] = true;
                boolean target = t.target().isEmpty() ? e.target().isEmpty()
                        : !e.target().isEmpty() && matches(e.target(), e.targetIso3(), t.target(), t.targetIso3());
                if (target) {
                    goldHit[g] = true;
                    foundHit[f] = true;
                }
            }
        }
        for (int g = 0; g < goldTuples.size(); g++) {
            Tuple t = goldTuples.get(g);
            int[] c = perCategory.computeIfAbsent(t.type(), k -> new int[4]);
            c[0]++;
            c[3] += goldHit[g] ? 1 : 0;
            gold++;
            goldWithActor += t.actor().isEmpty() ? 0 : 1;
            rightGold += goldHit[g] ? 1 : 0;
            rightTypeActor += goldTypeActor[g] ? 1 : 0;
        }
        for (int f = 0; f < foundTuples.size(); f++) {
            int[] c = perCategory.computeIfAbsent(foundTuples.get(f).type(), k -> new int[4]);
            c[1]++;
            c[2] += foundHit[f] ? 1 : 0;
            found++;
            rightFound += foundHit[f] ? 1 : 0;
        }
        StringBuilder miss = new StringBuilder();
        for (int g = 0; g < goldTuples.size(); g++) {
            if (!goldHit[g]) {
                miss.append("    missed ").append(goldTuples.get(g)).append("  <- ").append(clip(goldTuples.get(g).sentence())).append('\n');
            }
        }
        for (int f = 0; f < foundTuples.size(); f++) {
            if (!foundHit[f]) {
                miss.append("    wrong  ").append(foundTuples.get(f)).append("  <- ").append(clip(foundTuples.get(f).sentence())).append('\n');
            }
        }
        if (miss.length() > 0) {
            misses.append("  ").append(id).append('\n').append(miss);
        }
    }

    /**
     * The one's name within the other's (word for word), or, for a country of ours, the annotated
     * actor's country code.
     */
    private static boolean matches(String name, String iso3, String goldName, String goldIso3) {
        if (goldName.isEmpty()) {
            return false;
        }
        if (!iso3.isEmpty() && iso3.equals(goldIso3)) {
            return true;
        }
        String ours = " " + comparable(normal(name)) + " ";
        String theirs = " " + comparable(normal(goldName)) + " ";
        if (ours.strip().length() <= 1) {
            return false;
        }
        // "Prince Charles" is "Charles, Prince of Wales": every word of the one among the other's.
        Set<String> ourWords = new HashSet<>(List.of(ours.strip().split(" ")));
        Set<String> theirWords = new HashSet<>(List.of(theirs.strip().split(" ")));
        return theirs.contains(ours) || ours.contains(theirs) || theirWords.containsAll(ourWords) || ourWords.containsAll(theirWords);
    }

    /** The courtesy titles a name may open with ("Dr", "Sheikh"): no part of whose name it is. */
    private static final Set<String> COURTESY_TITLES = courtesyTitles();

    private static Set<String> courtesyTitles() {
        Set<String> titles = new HashSet<>();
        for (String line : resourceLines("courtesy-titles.txt")) {
            titles.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(titles);
    }

    /** The lines of a data file beside this class, without blank lines and "#" comments. */
    private static List<String> resourceLines(String file) {
        try (InputStream in = EventBenchmark.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Romanised spellings of one name-word -> the one compared ("mohamed" -> "mohammed"). */
    private static final Map<String, String> SPELLINGS = spellings();

    private static Map<String, String> spellings() {
        Map<String, String> spellings = new HashMap<>();
        for (String line : resourceLines("name-spellings.tsv")) {
            String[] row = line.split("\t");
            if (row.length == 2) {
                spellings.put(row[0].strip().toLowerCase(Locale.ROOT), row[1].strip().toLowerCase(Locale.ROOT));
            }
        }
        return Map.copyOf(spellings);
    }

    /**
     * A normalised name without the courtesy titles it opens with (when a name is left after them), each word
     * in the one spelling compared.
     */
    private static String comparable(String normal) {
        String[] words = normal.split(" ");
        int from = 0;
        while (from < words.length - 1 && COURTESY_TITLES.contains(words[from])) {
            from++;
        }
        List<String> kept = new ArrayList<>();
        for (String word : List.of(words).subList(from, words.length)) {
            kept.add(SPELLINGS.getOrDefault(word, word));
        }
        return String.join(" ", kept);
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", " ").strip();
    }

    private static String clip(String sentence) {
        String s = sentence.replaceAll("\\s+", " ").strip();
        return s.length() > 140 ? s.substring(0, 137) + "..." : s;
    }

    double precision() {
        return found == 0 ? 0 : (double) rightFound / found;
    }

    double recall() {
        return gold == 0 ? 0 : (double) rightGold / gold;
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Events on %d %s reports: %d annotated (%d with an actor), %d found; (type, actor, target) precision %.2f"
                        + " (%d), recall %.2f (%d; %.2f of those with an actor); (type, actor) recall %.2f%n",
                reports, split, gold, goldWithActor, found, precision(), rightFound, recall(), rightGold,
                goldWithActor == 0 ? 0 : (double) rightGold / goldWithActor, gold == 0 ? 0 : (double) rightTypeActor / gold));
        out.append(String.format(Locale.ROOT, "  %-10s %5s %5s %9s %7s%n", "category", "gold", "found", "precision", "recall"));
        perCategory.forEach((k, c) -> out.append(String.format(Locale.ROOT, "  %-10s %5d %5d %9s %7s%n", k, c[0], c[1],
                c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[2] / c[1]),
                c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[3] / c[0]))));
        out.append("Misses:\n").append(misses);
        return out.toString();
    }
}
