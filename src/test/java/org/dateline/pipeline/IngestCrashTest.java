package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.dateline.bench.ReportGenerator;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.MappedReport;
import org.dateline.map.ReportMapper;
import org.dateline.map.Vocab;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process (SIGKILL) in the middle of a batch, reopens the store and checks that
 * every report graph in it is whole: exactly the triples the pipeline maps for its source; that
 * every report whose line was printed is stored (a line follows its batch's commit); and that a
 * second run stores the rest.
 */
class IngestCrashTest {

    /** Enough that the kill comes long before the end: batches hold up to Ingestor.MAX_BATCH_REPORTS. */
    private static final int REPORTS = 600;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesOnlyWholeReportsAndResumes() throws Exception {
        List<Path> files = new ReportGenerator(7).write(dir.resolve("reports"), REPORTS);
        Path db = dir.resolve("db");

        Process ingest = startIngest(db);
        List<String> printed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(ingest.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (printed.size() < 40 && (line = out.readLine()) != null) {
                if (line.startsWith("ok ")) {
                    // "ok  FILE  IRI": the report's IRI is the third field.
                    printed.add(line.split("\\s+")[2]);
                }
            }
            ingest.destroyForcibly();
            assertTrue(ingest.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(40, printed.size(), "the ingest was killed before it reached 40 reports");

        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        // The same stages as `ingest --no-nlp`, link stage included.
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE,
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())),
                new ReportMapper(iris, Clock.systemUTC(), "dev"), ShapeValidator.bundled());
        long afterCrash;
        try (ReportStore store = ReportStore.open(db, iris)) {
            afterCrash = store.reportCount();
            assertTrue(afterCrash >= 40 && afterCrash < REPORTS, "reports after the kill: " + afterCrash);
            for (String iri : printed) {
                assertTrue(store.contains(iri), "printed as ok but not stored: " + iri);
            }
            for (Node graph : reportGraphs(store, iris)) {
                assertWhole(store, graph, processor);
            }
        }

        Process resumed = startIngest(db);
        String output = new String(resumed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, resumed.waitFor(), output);
        assertTrue(output.contains(afterCrash + " unchanged"), output);
        try (ReportStore store = ReportStore.open(db, iris)) {
            assertEquals(files.size(), store.reportCount());
        }
    }

    /**
     * An ingest in a child process, metadata only (--no-nlp): what is tested is the store's
     * atomicity, and two language-engine loads (some 20 s and 1.5 GB each) would only slow it down.
     */
    private Process startIngest(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.dateline.cli.DatelineCommand", "ingest", "--no-nlp", "--db", db.toString(),
                dir.resolve("reports").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<Node> reportGraphs(ReportStore store, IriScheme iris) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<Node> graphs = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(graphs::add);
            graphs.remove(NodeFactory.createURI(iris.entitiesGraph()));
            return graphs;
        });
    }

    /** The stored graph equals the graph mapped afresh from its source, but for the ingestion time. */
    private static void assertWhole(ReportStore store, Node graph, ReportProcessor processor) throws Exception {
        Model stored = Txn.calculateRead(store.dataset(), () -> {
            Model copy = ModelFactory.createDefaultModel();
            store.dataset().getGraph(graph).find().forEach(copy.getGraph()::add);
            return copy;
        });
        Path source = Path.of(java.net.URI.create(stored.listObjectsOfProperty(Vocab.WAS_DERIVED_FROM).next().asResource().getURI()));
        MappedReport fresh = processor.process(source).get(0).mapped();
        assertEquals(fresh.reportIri(), graph.getURI());
        assertTrue(withoutTimes(fresh.graph()).isIsomorphicWith(withoutTimes(stored)),
                "stored graph differs from its source's: " + graph);
    }

    private static Graph withoutTimes(Model model) {
        Graph graph = ModelFactory.createDefaultModel().getGraph();
        for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); ) {
            Triple t = it.next();
            if (!t.getPredicate().equals(Vocab.ENDED_AT_TIME.asNode())) {
                graph.add(t);
            }
        }
        return graph;
    }
}
