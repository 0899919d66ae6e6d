package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.bench.ReportGenerator;
import org.dateline.cli.DatelineCommand;
import org.dateline.map.IriScheme;
import org.dateline.map.Vocab;
import org.dateline.store.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against a single machine: Spark local[2] over the seeds, the examples, generated
 * reports and two files that are no reports; its shards loaded into a fresh store hold the same
 * graphs, graph by graph, as an {@code ingest} of the same files, and it sets aside the same.
 */
class SparkJobTest {

    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);

    @TempDir
    Path dir;

    static JavaSparkContext local(int cores) {
        SparkConf conf = new SparkConf().setMaster("local[" + cores + "]").setAppName("dateline-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
        return new JavaSparkContext(conf);
    }

    /** The test corpus: at least 50 reports from the seeds, the examples and the generator, and two non-reports. */
    static List<Path> corpus(Path dir, int generated) throws IOException {
        Path seeds = Path.of(System.getProperty("dateline.seeds", "../../shared/seeds"));
        assumeTrue(Files.isDirectory(seeds), "no seeds in " + seeds + " (set -Ddateline.seeds=DIR): skipped");
        Path examples = Path.of(System.getProperty("dateline.examples", "../examples"));
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.writeString(bad.resolve("shopping-list.md"), "- eggs\n- milk\n- bread\n");
        new ReportGenerator(13).write(dir.resolve("generated"), generated);
        return List.of(seeds.toAbsolutePath().normalize(), examples.toAbsolutePath().normalize(),
                dir.resolve("generated").toAbsolutePath(), bad.toAbsolutePath());
    }

    @Test
    void theJobGivesTheGraphsAndRejectsOfIngest() throws IOException {
        List<Path> corpus = corpus(dir, 45);
        List<String> paths = corpus.stream().map(Path::toString).toList();

        // The job, and its shards loaded into a new store.
        Path out = dir.resolve("out");
        DatelineJob.Summary summary;
        try (JavaSparkContext spark = local(2)) {
            summary = DatelineJob.run(spark, paths, out.toString(),
                    new JobOptions(IRIS.base(), true, List.of(), java.time.Instant.now().toString()), 0);
        }
        System.out.printf("job: %d reports from %d files in %.1f s, %d set aside, %d files done again%n",
                summary.reports(), summary.files(), summary.seconds(), summary.setAside(), summary.redone());
        assertTrue(summary.reports() >= 50, "reports: " + summary.reports());
        Path loaded = dir.resolve("loaded-db");
        Cli load = Cli.run("load", "--db", loaded.toString(), out.resolve("reports").toString(),
                out.resolve("entities").toString());
        assertEquals(0, load.code(), load.err());

        // A single machine's ingest of the same files.
        Path ingested = dir.resolve("ingested-db");
        List<String> ingestArgs = new ArrayList<>(List.of("ingest", "--db", ingested.toString()));
        ingestArgs.addAll(paths);
        Cli ingest = Cli.run(ingestArgs.toArray(String[]::new));
        assertEquals(1, ingest.code(), ingest.err());   // 1: the two non-reports were set aside

        List<String> setAside = ingest.out().lines().filter(line -> line.startsWith("set aside")).sorted().toList();
        List<String> rejects;
        try (Stream<Path> files = Files.list(out.resolve("rejects"))) {
            rejects = files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .flatMap(SparkJobTest::lines).sorted().toList();
        }
        assertEquals(2, setAside.size(), ingest.out());
        assertEquals(setAside, rejects);
        assertEquals(2, summary.setAside());

        Map<String, Graph> expected = graphs(ingested);
        Map<String, Graph> actual = graphs(loaded);
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(summary.reports() + 1, expected.size());   // the reports and the entities graph
        StringBuilder differing = new StringBuilder();
        for (String graph : expected.keySet()) {
            if (!expected.get(graph).isIsomorphicWith(actual.get(graph))) {
                differing.append("graph ").append(graph).append(" differs:\n")
                        .append(difference(expected.get(graph), actual.get(graph)));
            }
        }
        assertEquals("", differing.toString(), "every graph, the entities graph and each report's, as ingest's");
        // The seeds spell Niger's prime minister two ways in two files: one machine makes them one
        // node, which the job reaches by doing the later file again (PeopleReplay).
        assertTrue(summary.redone() >= 1, "files done again: " + summary.redone());

    }

    /**
     * Every graph of a store, the time of the ingestion (when the run happened, which is all that
     * may differ between two runs) written as one constant.
     */
    private static Map<String, Graph> graphs(Path db) {
        Map<String, Graph> graphs = new TreeMap<>();
        try (ReportStore store = ReportStore.open(db, IRIS)) {
            Txn.executeRead(store.dataset(), () -> store.dataset().listGraphNodes().forEachRemaining(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getGraph(name).find().forEach(t -> copy.add(t.getPredicate().equals(Vocab.ENDED_AT_TIME.asNode())
                        ? Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralString("the run's time")) : t));
                graphs.put(name.getURI(), copy);
            }));
        }
        assertFalse(graphs.isEmpty());
        return graphs;
    }

    private static String difference(Graph expected, Graph actual) {
        StringBuilder text = new StringBuilder();
        expected.find().filterDrop(actual::contains).forEach(t -> text.append("- ").append(t).append('\n'));
        actual.find().filterDrop(expected::contains).forEach(t -> text.append("+ ").append(t).append('\n'));
        return text.toString();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The dateline command line run in this JVM. */
    record Cli(int code, String out, String err) {
        static Cli run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = DatelineCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
            return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

}
