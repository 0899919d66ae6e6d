package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.dateline.read.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of (type, actor, target) on sentences annotated by hand
 * (events/annotated-sentences.tsv), each read as a report of its own. Prints the figures and every
 * miss so that a change to the lexicon or the rules can be judged; asserts floors.
 */
class EventMeasureTest {

    private static final double PRECISION_FLOOR = 0.90;
    private static final double RECALL_FLOOR = 0.75;

    @Test
    void precisionAndRecallOnAnnotatedSentences() throws IOException {
        List<String[]> rows = rows();
        assertTrue(rows.size() >= 30, "at least 30 annotated sentences: " + rows.size());
        int truePositives = 0;
        int found = 0;
        int expected = 0;
        StringBuilder misses = new StringBuilder();
        for (String[] row : rows) {
            String[] date = row[1].split("-");
            Understood report = Understood.body(row[0],
                    new PartialDate(Integer.parseInt(date[0]), Integer.parseInt(date[1]), Integer.parseInt(date[2])));
            Set<String> gold = row[2].equals("none") ? Set.of()
                    : Arrays.stream(row[2].split(";")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
            Set<String> got = report.events().stream().map(e -> String.join(" | ", Arrays.copyOf(e.split(" \\| "), 3)))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> hits = new TreeSet<>(got);
            hits.retainAll(gold);
            truePositives += hits.size();
            found += got.size();
            expected += gold.size();
            if (!got.equals(gold)) {
                misses.append("  ").append(row[0]).append("\n    expected ").append(gold).append("\n    found    ").append(got)
                        .append('\n');
            }
            assertTrue(report.validation.conforms(), report.validation.problems().toString());
        }
        double precision = found == 0 ? 0 : (double) truePositives / found;
        double recall = (double) truePositives / expected;
        System.out.printf("Events on %d annotated sentences: %d expected, %d found, %d right: precision %.2f, recall %.2f%n%s",
                rows.size(), expected, found, truePositives, precision, recall, misses);
        assertTrue(precision >= PRECISION_FLOOR, "precision " + precision);
        assertTrue(recall >= RECALL_FLOOR, "recall " + recall);
    }

    @Test
    void theAnnotatedSetIsWellFormed() throws IOException {
        for (String[] row : rows()) {
            assertEquals(3, row.length, String.join("\t", row));
        }
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = EventMeasureTest.class.getResourceAsStream("/events/annotated-sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        }
    }
}
