package org.dateline.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.bench.EventBenchmark;

/**
 * The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}: 322 sentences edited from the CAMEO
 * codebook, each with its event type and its source and target actors, their text and ISO3 code) and
 * how Dateline's events on them are scored.
 *
 * <p>Each record gives gold tuples (type, source, target): one per source and target, with "-" for a
 * record without target. The record's type is written in the PLOVER draft the file follows (DEMAND,
 * DISAPPROVE, INVESTIGATE, FIGHT): read as the 2021 categories Dateline uses (REQUEST, ACCUSE, ACCUSE,
 * ASSAULT). A found event matches a gold tuple of its type when its actor matches the source and its
 * target the target: an entity matches an actor when it is a country whose ISO3 code is the actor's,
 * or when its name is in the actor's text ("Yasser Arafat" in "Palestinian leader Yasser Arafat").
 * The records mark reciprocal actors SRC/TAR ("Hungarian and Romanian officials agreed"): PLOVER lists
 * them all as sources, where Dateline makes the first the actor and the others its targets; for those
 * records a found (A, B) matches the gold (A, -) and (B, -), in either order.
 */
final class PloverGoldStandard {

    static final Path FILE = Path.of("../shared/corpora/plover/PLOVER_GSR_CAMEO.txt");
    static final Path COUNTRIES = Path.of("../shared/wikidata/countries_permissive.tsv");

    private static final Map<String, String> DRAFT_NAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** An actor of a record: its text and its code (an ISO3 code, or IGO, NGO ...). */
    record Actor(String text, String code) {
    }

    record Record(String id, String type, String text, List<Actor> sources, List<Actor> targets, boolean reciprocal) {
    }

    /** A found event, by the names the understanding gives: actor or target null when it has none. */
    record Tuple(String type, String actor, String actorType, String target, String targetType) {
        @Override
        public String toString() {
            return type + " | " + (actor == null ? "-" : actor) + " | " + (target == null ? "-" : target);
        }
    }

    static boolean present() {
        return Files.isRegularFile(FILE) && Files.isRegularFile(COUNTRIES);
    }

    static List<Record> records() throws IOException {
        List<Record> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FILE)) {
            JsonArray all = JSON.parseAny(in).getAsArray();
            for (JsonValue value : all) {
                JsonObject o = value.getAsObject();
                String type = o.get("event").getAsString().value();
                if (type.equals("DOCUMENT")) {
                    continue;
                }
                JsonValue info = o.get("textInfo");
                String markup = info == null ? "" : info.isObject() && info.getAsObject().hasKey("markup")
                        ? info.getAsObject().get("markup").getAsString().value() : info.toString();
                records.add(new Record(o.get("id").getAsString().value(), DRAFT_NAMES.getOrDefault(type, type),
                        o.get("text").getAsString().value(), actors(o.get("source")), actors(o.get("target")),
                        markup.contains("SRC/TAR")));
            }
        }
        return records;
    }

    private static List<Actor> actors(JsonValue value) {
        List<Actor> actors = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonValue a : value.getAsArray()) {
                JsonObject o = a.getAsObject();
                actors.add(new Actor(o.hasKey("actorText") ? o.get("actorText").getAsString().value().strip() : "",
                        o.hasKey("code") ? o.get("code").getAsString().value() : ""));
            }
        }
        return actors;
    }

    /** Country names (Wikidata labels and aliases) -> ISO3, read as the event benchmark reads them. */
    static Map<String, String> iso3ByName() throws IOException {
        return EventBenchmark.iso3ByName(COUNTRIES);
    }

    /** The scores of a run over the records, per category and overall, with every miss. */
    static final class Score {
        private final Map<String, String> iso3;
        final Map<String, int[]> perCategory = new TreeMap<>(); // gold, found, right (found side), right (gold side)
        int gold;
        int found;
        int rightFound;
        int rightGold;
        int recordsWithEvents;
        int recordsTypedRight;
        final StringBuilder misses = new StringBuilder();

        Score(Map<String, String> iso3) {
            this.iso3 = iso3;
        }

        void add(Record record, List<Tuple> events) {
            List<String[]> goldTuples = new ArrayList<>();
            List<Actor> targets = record.targets();
            // a record with no source ("three Iraqi civilians have been killed") is matched by an event with no actor
            List<Actor> sources = record.sources().isEmpty() ? List.of(new Actor(null, "")) : record.sources();
            for (Actor s : sources) {
                if (targets.isEmpty()) {
                    goldTuples.add(new String[] {s.text(), s.code(), null, null});
                }
                for (Actor t : targets) {
                    goldTuples.add(new String[] {s.text(), s.code(), t.text(), t.code()});
                }
            }
            boolean[] goldHit = new boolean[goldTuples.size()];
            int right = 0;
            for (Tuple e : events) {
                boolean hit = false;
                for (int i = 0; i < goldTuples.size(); i++) {
                    if (e.type().equals(record.type()) && matches(e, goldTuples.get(i), record)) {
                        hit = true;
                        goldHit[i] = true;
                    }
                }
                if (hit) {
                    right++;
                }
                int[] c = perCategory.computeIfAbsent(e.type(), k -> new int[4]);
                c[1]++;
                c[2] += hit ? 1 : 0;
            }
            int goldRight = 0;
            for (boolean h : goldHit) {
                goldRight += h ? 1 : 0;
            }
            int[] g = perCategory.computeIfAbsent(record.type(), k -> new int[4]);
            g[0] += goldTuples.size();
            g[3] += goldRight;
            gold += goldTuples.size();
            found += events.size();
            rightFound += right;
            rightGold += goldRight;
            if (!events.isEmpty()) {
                recordsWithEvents++;
                if (events.stream().anyMatch(e -> e.type().equals(record.type()))) {
                    recordsTypedRight++;
                }
            }
            if (goldRight < goldTuples.size() || right < events.size()) {
                misses.append("  ").append(record.id()).append(": ").append(record.text()).append("\n    gold  ");
                for (String[] t : goldTuples) {
                    misses.append('[').append(record.type()).append(" | ").append(t[0] == null ? "-" : t[0] + " (" + t[1] + ")")
                            .append(" | ").append(t[2] == null ? "-" : t[2] + " (" + t[3] + ")").append("] ");
                }
                misses.append("\n    found ").append(events).append('\n');
            }
        }

        private boolean matches(Tuple e, String[] gold, Record record) {
            boolean direct = (gold[0] == null ? e.actor() == null : e.actor() != null && matches(e.actor(), e.actorType(), gold[0], gold[1]))
                    && (gold[2] == null ? e.target() == null : e.target() != null && matches(e.target(), e.targetType(), gold[2], gold[3]));
            if (direct || !record.reciprocal()) {
                return direct;
            }
            // Reciprocal actors: (A, B) found for the gold (A, -) and (B, -).
            if (gold[0] == null || e.actor() == null) {
                return false;
            }
            if (gold[2] == null && e.target() != null) {
                return matches(e.actor(), e.actorType(), gold[0], gold[1]) || matches(e.target(), e.targetType(), gold[0], gold[1]);
            }
            return gold[2] != null && e.target() != null && matches(e.target(), e.targetType(), gold[0], gold[1])
                    && matches(e.actor(), e.actorType(), gold[2], gold[3]);
        }

        /** An entity of Dateline's against a gold actor: the ISO3 code of a country, or the name in the actor's text. */
        boolean matches(String name, String type, String goldText, String goldCode) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (type.equals("COUNTRY") && goldCode.equals(iso3.get(lower))) {
                return true;
            }
            String text = " " + goldText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}0-9]+", " ") + " ";
            String words = " " + lower.replaceAll("[^\\p{L}0-9]+", " ").strip() + " ";
            return !words.isBlank() && text.contains(words);
        }

        double precision() {
            return found == 0 ? 0 : (double) rightFound / found;
        }

        double recall() {
            return gold == 0 ? 0 : (double) rightGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double typeAccuracy() {
            return recordsWithEvents == 0 ? 0 : (double) recordsTypedRight / recordsWithEvents;
        }

        String report(int records) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT,
                    "PLOVER gold standard: %d records, %d gold tuples, %d found, precision %.2f (%d), recall %.2f (%d), F1 %.2f;"
                            + " type right in %d of the %d records with an event (%.2f)%n",
                    records, gold, found, precision(), rightFound, recall(), rightGold, f1(), recordsTypedRight,
                    recordsWithEvents, typeAccuracy()));
            out.append(String.format(Locale.ROOT, "  %-10s %5s %5s %9s %7s%n", "category", "gold", "found", "precision", "recall"));
            perCategory.forEach((k, c) -> out.append(String.format(Locale.ROOT, "  %-10s %5d %5d %9s %7s%n", k, c[0], c[1],
                    c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[2] / c[1]),
                    c[0] == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) c[3] / c[0]))));
            out.append("Misses:\n").append(misses);
            return out.toString();
        }
    }

    /** The events of an understanding as tuples of names. */
    static List<Tuple> tuples(Understanding understanding) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        understanding.entities().forEach(e -> byKey.put(e.key(), e));
        List<Tuple> tuples = new ArrayList<>();
        for (Event e : understanding.events()) {
            Entity actor = e.actor() == null ? null : byKey.get(e.actor());
            Entity target = e.target() == null ? null : byKey.get(e.target());
            tuples.add(new Tuple(e.category(), actor == null ? null : actor.name(), actor == null ? null : actor.type().name(), target == null ? null : target.name(),
                    target == null ? null : target.type().name()));
        }
        return tuples;
    }

    static final Set<String> CATEGORIES = EventLexicon.CATEGORIES;

    private PloverGoldStandard() {
    }
}
