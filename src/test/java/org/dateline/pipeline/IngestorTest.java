package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.dateline.TestReports;
import org.dateline.link.ReportLinker;
import org.dateline.map.Vocab;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatBreaksAStageIsSetAsideAndTheBatchGoesOn() throws Exception {
        List<Path> files = List.of(Files.copy(Path.of("examples/chad-french-troops.txt"), dir.resolve("a.txt")),
                Files.copy(Path.of("examples/us-delegation-niamey.txt"), dir.resolve("b.txt")));
        // A fault of ours injected into the understand stage, for b.txt only.
        Understander failing = doc -> {
            if (doc.source().name().equals("b.txt")) {
                throw new IllegalStateException("rule bug");
            }
            return Understanding.EMPTY;
        };
        try (ReportStore store = ReportStore.inMemory(TestReports.IRIS)) {
            Ingestor ingestor = new Ingestor(new ReportProcessor(new SourceReader(), failing, ReportLinker.NONE,
                    TestReports.MAPPER, ShapeValidator.bundled()), store,
                    new RejectedFolder(dir.resolve("rejected"), TestReports.IRIS));
            List<ReportResult> results = new ArrayList<>();
            ingestor.ingestAll(files, 2, results::addAll);

            assertEquals(List.of(Status.ADDED, Status.REJECTED), results.stream().map(ReportResult::status).toList());
            assertEquals("could not be processed (java.lang.IllegalStateException: rule bug); please report this",
                    results.get(1).detail());
            assertEquals(1, store.reportCount());
            try (var folders = Files.list(dir.resolve("rejected"))) {
                Path folder = folders.findFirst().orElseThrow();
                assertTrue(Files.readString(folder.resolve("reason.txt")).contains("rule bug"));
            }
        }
    }

    /**
     * A report with a usable body but no title, date, publisher or dateline is stored, its line says
     * what it lacks, and its warnings are kept in its graph where a query finds them.
     */
    @Test
    void aReportLackingMetadataIsStoredWithItsWarnings() throws Exception {
        Path file = Files.writeString(dir.resolve("untitled.txt"), """
                Officials in the capital said the talks on the future of the security agreement had ended \
                without a deal on Tuesday evening.

                The transitional government has run the country since the coup and has asked foreign troops \
                to leave its territory, diplomats said after the meeting.
                """);
        try (ReportStore store = ReportStore.inMemory(TestReports.IRIS)) {
            Ingestor ingestor = new Ingestor(new ReportProcessor(new SourceReader(), doc -> Understanding.EMPTY,
                    ReportLinker.NONE, TestReports.MAPPER, ShapeValidator.bundled()), store,
                    new RejectedFolder(dir.resolve("rejected"), TestReports.IRIS));
            List<ReportResult> results = ingestor.ingest(file);

            assertEquals(1, results.size());
            ReportResult result = results.get(0);
            assertEquals(Status.ADDED, result.status(), result.line());
            assertEquals("(warnings: no headline, no publication date, no publisher, no dateline place)", result.detail());
            assertTrue(result.line().startsWith("ok  " + file), result.line());
            assertEquals(1, store.reportCount());
            String query = """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    PREFIX sh: <http://www.w3.org/ns/shacl#>
                    PREFIX schema: <https://schema.org/>
                    SELECT ?report ?message WHERE {
                      ?report dl:validationWarning ?w . ?w sh:resultPath schema:datePublished ; sh:resultMessage ?message }""";
            List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                    List<QuerySolution> found = new ArrayList<>();
                    qe.execSelect().forEachRemaining(found::add);
                    return found;
                }
            });
            assertEquals(1, rows.size());
            assertEquals(result.reportIri(), rows.get(0).getResource("report").getURI());
            assertTrue(rows.get(0).getLiteral("message").getString().startsWith("Report has no publication date"));
        }
    }

    @Test
    void aReportTheStoreCannotTakeIsSetAsideAndTheRestOfItsBatchIsStored() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("chad-french-troops.txt", "us-delegation-niamey.txt", "niger-iran-talks.md")) {
            files.add(Files.copy(Path.of("examples", name), dir.resolve(name)));
        }
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE, ReportLinker.NONE,
                TestReports.MAPPER, ShapeValidator.bundled());
        // A fault in derived data, for the second file only, that validation lets through and the
        // store trips on: a link confidence that is not a number.
        Ingestor.Preparation faulty = file -> {
            List<ProcessedReport> reports = processor.process(file);
            if (file.getFileName().toString().startsWith("us-")) {
                var entities = reports.get(0).mapped().entities();
                entities.add(entities.createResource("http://example.org/entity/x"), Vocab.LINK_CONFIDENCE, "high");
            }
            return reports;
        };
        try (ReportStore store = ReportStore.inMemory(TestReports.IRIS)) {
            Ingestor ingestor = new Ingestor(faulty, store, new RejectedFolder(dir.resolve("rejected"), TestReports.IRIS));
            List<ReportResult> results = new ArrayList<>();
            ingestor.ingestAll(files, 2, results::addAll);

            assertEquals(List.of(Status.ADDED, Status.REJECTED, Status.ADDED),
                    results.stream().map(ReportResult::status).toList(), results.toString());
            assertTrue(results.get(1).detail().startsWith("could not be stored (java.lang.NumberFormatException"),
                    results.get(1).detail());
            assertEquals(2, store.reportCount());
            assertTrue(store.contains(results.get(0).reportIri()) && store.contains(results.get(2).reportIri()));
        }
    }
}
