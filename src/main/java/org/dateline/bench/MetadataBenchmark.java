package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dateline.link.build.Tsv;
import org.dateline.read.PartialDate;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;

/**
 * Scores the read stage's metadata against hand-made gold: headline, publication date, publisher
 * and dateline place, exact match per field (case and spacing aside), every miss listed. The gold
 * and the manifest are {@code dev-corpus/gold.tsv} and {@code dev-corpus/manifest.tsv}; the texts
 * are restored outside the repository (see {@code dev-corpus/README.md}).
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.MetadataBenchmark TEXTS [dev|heldout|all] [--quiet]</pre>
 *
 * A gold field left empty means the text states none, so the reader must give none too. A gold
 * field may list several right answers separated by {@code " | "}. A date counts only when it is
 * complete (a day with a year): a date without a year is no publication date.
 */
public final class MetadataBenchmark {

    static final List<String> FIELDS = List.of("headline", "date", "publisher", "dateline_place");

    private MetadataBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MetadataBenchmark TEXTS_DIR [dev|heldout|all] [--quiet] [--corpus DIR]");
            System.exit(2);
        }
        Path texts = Path.of(args[0]);
        String split = args.length > 1 && !args[1].startsWith("--") ? args[1] : "dev";
        boolean quiet = List.of(args).contains("--quiet");
        Path corpus = Path.of("dev-corpus");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--corpus")) {
                corpus = Path.of(args[i + 1]);
            }
        }
        Map<String, String> splits = column(corpus.resolve("manifest.tsv"), "split");
        List<Map<String, String>> gold = rows(corpus.resolve("gold.tsv"));

        SourceReader reader = new SourceReader();
        Map<String, int[]> scores = new LinkedHashMap<>();
        FIELDS.forEach(f -> scores.put(f, new int[2]));
        List<String> misses = new ArrayList<>();
        int reports = 0;
        int refused = 0;
        for (Map<String, String> row : gold) {
            String id = row.get("id");
            if (!split.equals("all") && !split.equals(splits.get(id))) {
                continue;
            }
            reports++;
            Map<String, String> found = new LinkedHashMap<>();
            try {
                List<ReportDoc> docs = reader.read(texts.resolve(id + ".txt"));
                ReportDoc doc = docs.get(0);
                found.put("headline", doc.headline());
                found.put("date", date(doc));
                found.put("publisher", doc.publisher());
                found.put("dateline_place", doc.dateline() == null ? null : doc.dateline().place());
            } catch (UnreadableSourceException e) {
                refused++;
                misses.add(id + "\trefused: " + e.reason());
            }
            for (String field : FIELDS) {
                int[] score = scores.get(field);
                score[1]++;
                String expected = row.getOrDefault(field, "");
                String actual = found.get(field);
                if (matches(expected, actual)) {
                    score[0]++;
                } else {
                    misses.add(id + "\t" + field + "\texpected [" + expected + "]\tgot [" + (actual == null ? "" : actual) + "]");
                }
            }
        }
        if (!quiet) {
            misses.forEach(System.out::println);
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%d reports (%s), %d refused%n", reports, split, refused);
        for (var e : scores.entrySet()) {
            int[] s = e.getValue();
            System.out.printf(Locale.ROOT, "%-15s %3d / %3d  %.3f%n", e.getKey(), s[0], s[1], s[1] == 0 ? 0.0 : (double) s[0] / s[1]);
        }
    }

    private static String date(ReportDoc doc) {
        if (doc.published() == null) {
            return null;
        }
        PartialDate date = doc.published().date();
        return date.isComplete() ? date.lexical() : null;
    }

    static boolean matches(String expected, String actual) {
        String a = normal(actual);
        if (expected == null || expected.isBlank()) {
            return a.isEmpty();
        }
        for (String option : expected.split("\\s\\|\\s")) {
            if (normal(option).equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** Case, spacing, quote and dash forms aside. */
    private static String normal(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("[‘’ʼ`´]", "'").replaceAll("[“”«»]", "\"").replaceAll("[‐‑‒–—]", "-");
        return n.replaceAll("\\s+", " ").strip();
    }

    static Map<String, String> column(Path tsv, String name) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, String> row : rows(tsv)) {
            values.put(row.get("id"), row.get(name));
        }
        return values;
    }

    static List<Map<String, String>> rows(Path tsv) throws IOException {
        return Tsv.read(tsv);
    }
}
