package org.dateline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.read.SourceReader;
import org.dateline.understand.RuleBasedUnderstander;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures `dateline evaluate` prints on the shared corpora may not fall: each layer's precision
 * and recall are held at floors a little under what was measured (README, "Figures"), with the real
 * pipeline (the reader, CoreNLP, the rules, the bundled gazetteer). Skipped when the corpora are absent.
 */
class EvaluationFloorsTest {

    private static final Path CORPORA = Path.of(System.getProperty("dateline.corpora", "../shared/corpora"));

    @TempDir
    static Path work;

    private static Evaluation evaluation;

    @BeforeAll
    static void wire() {
        evaluation = new Evaluation(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())), Gazetteer.bundled());
    }

    private static Evaluation.Result run(String folder) throws IOException {
        Path path = CORPORA.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(path), "corpus not found at " + path.toAbsolutePath()
                + " (set -Ddateline.corpora=DIR): skipped");
        Evaluation.Result result = evaluation.run(Corpus.load(path, null, null), work, id -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvaluationReport.print(result, false, new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        return result;
    }

    private static void atLeast(Map<String, Tally> tallies, String layer, double precision, double recall) {
        Tally t = tallies.get(layer);
        assertTrue(t != null && t.gold() > 0, layer + " measured");
        assertTrue(t.precision() >= precision, layer + ": precision " + t.precision() + " under " + precision);
        assertTrue(t.recall() >= recall, layer + ": recall " + t.recall() + " under " + recall);
    }

    @Test
    void meantime() throws IOException {
        Evaluation.Result result = run("meantime-en");
        assertEquals(90, result.documents());
        assertEquals(0, result.failures().size(), result.failures().toString());
        Map<String, Tally> t = result.tallies();
        atLeast(t, Scorer.NAMES, 0.88, 0.93);
        atLeast(t, Scorer.TYPED_NAMES, 0.85, 0.90);
        atLeast(t, Scorer.LINKS, 0.95, 0.80);
        atLeast(t, Scorer.DATES, 0.88, 0.86);
        atLeast(t, Scorer.SPEAKERS, 0.95, 0.85);
    }

    @Test
    void gum() throws IOException {
        Evaluation.Result result = run("gum-wikinews");
        assertEquals(18, result.documents());
        Map<String, Tally> t = result.tallies();
        atLeast(t, Scorer.NAMES, 0.88, 0.89);
        atLeast(t, Scorer.TYPED_NAMES, 0.75, 0.76);
        atLeast(t, Scorer.LINKS, 0.95, 0.70);
        atLeast(t, Scorer.DATES, 0.86, 0.85);
        atLeast(t, Scorer.QUOTATIONS, 0.72, 0.89);
    }
}
