package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dateline.TestReports;
import org.dateline.bench.LongReports;
import org.dateline.link.ReportLinker;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.CoreNlpEngine;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose body is over the language engine's limit is not lost: it is stored with its
 * metadata and body, without mentions, and the line that reports it says so, with the limit.
 */
class OverLimitReportTest {

    @TempDir
    Path dir;

    @Test
    void storedWithoutUnderstandingAndTheLineSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("long.txt"), LongReports.of("prose", CoreNlpEngine.CHARACTER_LIMIT + 50_000));
        try (ReportStore store = ReportStore.inMemory(TestReports.IRIS)) {
            ReportProcessor processor = new ReportProcessor(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                    ReportLinker.NONE, TestReports.MAPPER, ShapeValidator.bundled());
            Ingestor ingestor = new Ingestor(processor, store, new RejectedFolder(dir.resolve("rejected"), TestReports.IRIS));
            List<ReportResult> results = ingestor.ingest(file);

            assertEquals(1, results.size());
            ReportResult result = results.get(0);
            assertEquals(Status.ADDED, result.status(), result.line());
            int length = processor.process(file).get(0).doc().body().length();
            assertTrue(result.line().endsWith(String.format(Locale.ROOT, "body is %,d characters, over the language"
                    + " engine's limit of %,d: stored without mentions, quotations, dates or events", length,
                    CoreNlpEngine.CHARACTER_LIMIT)), result.line());
            assertEquals(1, store.reportCount());

            var graph = processor.process(file).get(0).mapped().graph();
            assertTrue(graph.listObjects().toList().stream()
                    .anyMatch(o -> o.isLiteral() && o.asLiteral().getString().length() == length), "the body is kept");
            assertTrue(graph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    graph.createResource("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase"))
                    .toList().isEmpty(), "no mentions");
        }
    }
}
