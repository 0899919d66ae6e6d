package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.dateline.TestReports;
import org.dateline.link.ReportLinker;
import org.dateline.map.MappedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.pipeline.ReportQuads;
import org.dateline.pipeline.SourceResult;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline load}: shards in, a store that holds exactly their graphs out. */
class LoadCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DatelineCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    private MappedReport mapped(String example) {
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE, ReportLinker.NONE,
                TestReports.MAPPER, ShapeValidator.bundled());
        return SourceResult.of(processor::process, Path.of("examples", example)).conforming().get(0).mapped();
    }

    /** Writes shards as the Spark job does: gzipped part files beside a _SUCCESS marker. */
    private Path shards(String folder, List<String> lines) throws IOException {
        Path shards = Files.createDirectories(dir.resolve(folder));
        Files.writeString(shards.resolve("_SUCCESS"), "");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(shards.resolve("part-00000.gz")))) {
            gz.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return shards;
    }

    @Test
    void shardsBecomeAStoreWithTheirGraphs() throws IOException {
        MappedReport report = mapped("chad-french-troops.txt");
        Path reports = shards("reports", ReportQuads.reportGraph(report));
        Path entities = shards("entities", ReportQuads.entities(report, TestReports.IRIS.entitiesGraph()));
        Path db = dir.resolve("db");

        assertEquals(0, run("load", "--db", db.toString(), "--base", TestReports.IRIS.base(), reports.toString(),
                entities.toString()), err.toString());
        assertTrue(out.toString().startsWith("1 reports, "), out.toString());

        try (ReportStore store = ReportStore.open(db, TestReports.IRIS)) {
            Txn.executeRead(store.dataset(), () -> {
                Graph stored = store.dataset().getGraph(NodeFactory.createURI(report.reportIri()));
                assertTrue(stored.isIsomorphicWith(report.graph().getGraph()));
                Graph shared = store.dataset().getGraph(NodeFactory.createURI(TestReports.IRIS.entitiesGraph()));
                assertTrue(shared.isIsomorphicWith(report.entities().getGraph()));
            });
        }

        // A second load into the same store would bypass the store's merging: refused.
        assertEquals(2, run("load", "--db", db.toString(), reports.toString()));
        assertTrue(err.toString().contains("holds 1 reports already"), err.toString());
    }

    @Test
    void shardsMadeUnderAnotherBaseAreRefusedBeforeLoading() throws IOException {
        MappedReport report = mapped("chad-french-troops.txt");
        Path entities = shards("entities", ReportQuads.entities(report, TestReports.IRIS.entitiesGraph()));
        Path db = dir.resolve("db");
        assertEquals(2, run("load", "--db", db.toString(), entities.toString()));
        assertTrue(err.toString().contains("was made under the base " + TestReports.IRIS.base()), err.toString());
    }
}
