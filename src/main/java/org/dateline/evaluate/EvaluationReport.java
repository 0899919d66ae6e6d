package org.dateline.evaluate;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints a run's figures as a table, a layer a row, and on request every error. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static void print(Evaluation.Result result, boolean misses, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d documents in %.0f s%n", result.name(), result.documents(), result.millis() / 1000.0);
        out.printf(Locale.ROOT, "  %-36s %6s %6s %6s %6s  %9s %7s %6s%n", "layer", "gold", "ours", "right", "wrong",
                "precision", "recall", "F1");
        for (Tally t : result.tallies().values()) {
            out.printf(Locale.ROOT, "  %-36s %6d %6d %6d %6d  %9s %7s %6s%n", t.layer(), t.gold(), t.correct() + t.wrong(),
                    t.correct(), t.wrong(), figure(t.precision()), figure(t.recall()), figure(t.f1()));
        }
        for (Tally t : result.tallies().values()) {
            if (!t.notes().isEmpty()) {
                Map<String, Integer> distinct = counts(t);
                out.printf(Locale.ROOT, "  %s: %d gold mentions (%d items) not in the gazetteer, not counted%n", t.layer(),
                        t.notes().size(), distinct.size());
            }
        }
        if (!result.lost().isEmpty()) {
            out.printf(Locale.ROOT, "  %d gold annotations lie in text the reader did not keep in the body, not counted%n",
                    result.lost().size());
        }
        result.failures().forEach(f -> out.println("  not read: " + f));
        if (!misses) {
            return;
        }
        for (Tally t : result.tallies().values()) {
            if (t.errors().isEmpty() && t.notes().isEmpty()) {
                continue;
            }
            out.println();
            out.println("## " + t.layer());
            t.errors().forEach(e -> out.println(e));
            counts(t).forEach((note, n) -> out.println("note   " + note + (n > 1 ? "  (x" + n + ")" : "")));
        }
        if (!result.lost().isEmpty()) {
            out.println();
            out.println("## not in the body");
            result.lost().forEach(line -> out.println("lost   " + line));
        }
    }

    private static Map<String, Integer> counts(Tally t) {
        Map<String, Integer> counts = new TreeMap<>();
        t.notes().forEach(n -> counts.merge(n, 1, Integer::sum));
        return new LinkedHashMap<>(counts);
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
