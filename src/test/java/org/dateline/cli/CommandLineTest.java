package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.TestReports;
import org.dateline.map.Vocab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users run it, in-process, over real files and a real TDB2 store. */
class CommandLineTest {

    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    Path dir;

    private Path db;

    /** What one run of the command line printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() {
        db = dir.resolve("store");
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = DatelineCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ingestsTheExamplesWithALinePerReportAndASummary() {
        Run first = run("ingest", "--db", db.toString(), EXAMPLES.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertEquals(5, first.out().lines().filter(l -> l.startsWith("ok ")).count(), first.out());
        assertTrue(first.out().contains("5 reports from 5 files"), first.out());

        Run again = run("ingest", "--db", db.toString(), EXAMPLES.toString());
        assertEquals(0, again.exitCode());
        assertEquals(5, again.out().lines().filter(l -> l.startsWith("unchanged ")).count(), again.out());

        Run query = run("query", "--db", db.toString(), "--format", "csv",
                "PREFIX schema: <https://schema.org/> SELECT ?date WHERE { ?r schema:headline ?h ; schema:datePublished ?date } ORDER BY ?date");
        assertEquals(0, query.exitCode(), query.err());
        assertEquals(List.of("date", "2024-01-17", "2024-01-25", "2024-01-28", "2024-03-13", "2025-03-03"),
                query.out().lines().toList());
    }

    @Test
    void badInputIsSetAsideWithOneLineNamingTheFileAndTheReasonWhileTheRestGoesOn() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.copy(EXAMPLES.resolve("chad-french-troops.txt"), batch.resolve("good.txt"));
        Files.writeString(batch.resolve("empty.txt"), "");
        Files.write(batch.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
        Files.write(batch.resolve("latin1.txt"), "Caf\u00e9 in Bamako".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("table.txt"), "id,name,score\n1,alpha,3\n2,beta,4\n3,gamma,5\n");
        Path missing = dir.resolve("no-such-folder");

        Run run = run("ingest", "--db", db.toString(), batch.toString(), missing.toString());
        assertEquals(1, run.exitCode(), "the exit code says something was set aside");
        List<String> lines = run.out().lines().toList();
        assertLine(lines, "ok  " + batch.resolve("good.txt"));
        assertLine(lines, "set aside  " + batch.resolve("empty.txt") + ": empty file");
        assertLine(lines, "set aside  " + batch.resolve("binary.txt") + ": binary file");
        assertLine(lines, "set aside  " + batch.resolve("latin1.txt") + ": not valid UTF-8");
        assertLine(lines, "set aside  " + batch.resolve("table.txt") + ": not a news report");
        assertLine(lines, "set aside  " + missing + ": no such file or folder");
        assertTrue(run.out().contains("1 ok"), run.out());
        assertTrue(run.out().contains("5 set aside"), run.out());

        Path rejected = dir.resolve("store-rejected");
        try (Stream<Path> entries = Files.list(rejected)) {
            List<Path> folders = entries.toList();
            assertEquals(4, folders.size(), "one folder per file that exists: " + folders);
            Path empty = folders.stream().filter(f -> f.getFileName().toString().startsWith("empty.txt")).findFirst().orElseThrow();
            assertTrue(Files.readString(empty.resolve("reason.txt")).contains("empty file"));
            assertTrue(Files.exists(empty.resolve("empty.txt")), "the source is kept beside its reason");
        }
        Run count = run("query", "--db", db.toString(), "SELECT (COUNT(?r) AS ?n) { ?r a <https://w3id.org/dateline/ns#Report> }");
        assertTrue(count.out().contains("| 1 |"), count.out());
    }

    @Test
    void aReportWithoutATitleIsStoredWithWarningsThatSayHowToAddOne() throws Exception {
        // A body with no title line and no date: the reader finds neither, and the report is stored all the same.
        Path untitled = dir.resolve("untitled.txt");
        Files.writeString(untitled, "\n\nBAMAKO (Reuters) - " + MALI_RADIO);

        Run validate = run("validate", untitled.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        assertTrue(validate.out().startsWith("conforms  untitled.txt  http://localhost:3030/report/"), validate.out());
        assertTrue(validate.out().contains("(warnings: no headline, no publication date)"), validate.out());
        assertTrue(validate.out().contains("warning: Report has no headline: the reader found no title line; "
                + "add one as the first line of the file"), validate.out());

        Run convert = run("convert", untitled.toString());
        assertEquals(0, convert.exitCode(), convert.err());
        assertTrue(convert.err().contains(untitled + ": ok (warnings: no headline, no publication date)"), convert.err());
        assertTrue(convert.out().contains("#warning-headline"), "the warnings are in the output");

        Run ingest = run("ingest", "--db", db.toString(), untitled.toString());
        assertEquals(0, ingest.exitCode(), ingest.out());
        assertLine(ingest.out().lines().toList(), "ok  " + untitled);
        assertTrue(ingest.out().contains("(warnings: no headline, no publication date)"), ingest.out());
        Run lacking = run("query", "--db", db.toString(), "--format", "csv", """
                PREFIX dl: <https://w3id.org/dateline/ns#>
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX schema: <https://schema.org/>
                SELECT ?report WHERE { ?report dl:validationWarning/sh:resultPath schema:datePublished }""");
        assertTrue(lacking.out().contains("http://localhost:3030/report/"), "which reports lack a date: " + lacking.out());
    }

    @Test
    void aReportThatFailsTheShapesIsSetAsideWithItsValidationReport() throws Exception {
        // Dated in the future: a malformed value, which the shapes refuse.
        Path future = dir.resolve("future.txt");
        Files.writeString(future, "Mali suspends a foreign radio station\n\nMarch 19, 2099\n\nBAMAKO (Reuters) - "
                + MALI_RADIO);

        Run validate = run("validate", future.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().startsWith("fails  future.txt"), validate.out());
        assertTrue(validate.out().contains("lies in the future"), validate.out());

        Run ingest = run("ingest", "--db", db.toString(), future.toString());
        assertEquals(1, ingest.exitCode());
        assertTrue(ingest.out().contains("set aside  " + future), ingest.out());
        assertTrue(ingest.out().contains("does not conform to shapes"), ingest.out());
        try (Stream<Path> entries = Files.list(dir.resolve("store-rejected"))) {
            Path folder = entries.findFirst().orElseThrow();
            Model report = ModelFactory.createDefaultModel();
            RDFParser.source(folder.resolve("validation.ttl")).parse(report);
            assertTrue(report.contains(null, report.createProperty("http://www.w3.org/ns/shacl#", "conforms"),
                    report.createTypedLiteral(false)));
            assertTrue(Files.exists(folder.resolve("report.trig")));
            assertTrue(Files.exists(folder.resolve("future.txt")));
        }
        Run count = run("query", "--db", db.toString(), "ASK { ?r a <https://w3id.org/dateline/ns#Report> }");
        assertEquals("no", count.out().strip(), "nothing of the rejected report is stored");
    }

    private static final String MALI_RADIO = "Mali's transitional government said on Monday it had "
            + "suspended the broadcasts of a foreign radio station, accusing it of spreading false reports about "
            + "the army's operations in the north of the country. The station said it regretted the decision and "
            + "hoped to resume its programmes soon.\n\nThe government gave no date for a review of the measure.\n";

    @Test
    void convertsWithoutAStoreInEveryFormat() {
        Path example = EXAMPLES.resolve("us-delegation-niamey.txt");
        Dataset trig = DatasetFactory.create();
        RDFParser.fromString(run("convert", example.toString()).out(), Lang.TRIG).parse(trig);
        Dataset nquads = DatasetFactory.create();
        RDFParser.fromString(run("convert", "--format", "nquads", example.toString()).out(), Lang.NQUADS).parse(nquads);
        Dataset jsonld = DatasetFactory.create();
        RDFParser.fromString(run("convert", "--format", "jsonld", example.toString()).out(), Lang.JSONLD).parse(jsonld);
        Model turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(run("convert", "--format", "turtle", example.toString()).out(), Lang.TURTLE).parse(turtle);

        assertEquals(List.of(2L, 2L, 2L), Stream.of(trig, nquads, jsonld).map(d -> count(d.listNames())).toList());
        // Each run stamps its own ingestion time; everything else is the same in every format.
        Model expected = withoutIngestionTime(trig.getUnionModel());
        assertTrue(expected.isIsomorphicWith(withoutIngestionTime(nquads.getUnionModel())));
        assertTrue(expected.isIsomorphicWith(withoutIngestionTime(jsonld.getUnionModel())));
        assertTrue(expected.isIsomorphicWith(withoutIngestionTime(turtle)));
        assertFalse(turtle.isEmpty());
        assertEquals(0, db.toFile().list() == null ? 0 : db.toFile().list().length, "convert touches no store");
    }

    @Test
    void theStoreKeepsTheBaseItWasBuiltWith() {
        Path example = EXAMPLES.resolve("chad-french-troops.txt");
        assertEquals(0, run("ingest", "--db", db.toString(), "--base", "https://news.example/kb/", example.toString()).exitCode());

        Run later = run("ingest", "--db", db.toString(), example.toString());
        assertTrue(later.out().startsWith("unchanged  " + example + "  https://news.example/kb/report/"), later.out());

        Run clash = run("query", "--db", db.toString(), "--base", "http://localhost:3030/", "ASK {}");
        assertEquals(2, clash.exitCode());
        assertEquals("dateline query: the store " + db + " holds IRIs under the base https://news.example/kb/, "
                + "not http://localhost:3030/: use --base https://news.example/kb/ or another --db", clash.err().strip());
    }

    @Test
    void aSpellingVariantIngestedLaterJoinsThePersonAlreadyInTheStore() {
        // Two separate runs: the second knows the first one's unlinked people from the store.
        assertEquals(0, run("ingest", "--db", db.toString(), TestReports.seed("000_00f213b68e0cbf10.txt").toString()).exitCode());
        assertEquals(0, run("ingest", "--db", db.toString(), TestReports.seed("004_b989fd716c0c8bdd.txt").toString()).exitCode());
        Run zeine = run("query", "--db", db.toString(), "--format", "csv", """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <https://schema.org/>
                SELECT ?label (COUNT(DISTINCT ?report) AS ?reports) WHERE {
                  ?p rdfs:label ?label ; skos:altLabel "Ali Mahamane Lamine Zeine" .
                  ?report schema:mentions ?p .
                } GROUP BY ?label""");
        assertEquals(List.of("label,reports", "Ali Mahaman Lamine Zeine,2"), zeine.out().lines().toList());
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"ingest", "serve", "convert", "validate", "query"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().startsWith("Usage: dateline " + command), help.out());
            assertEquals(!command.equals("query"), help.out().contains("--no-nlp"),
                    "the commands that read reports offer the metadata-only path: " + help.out());
        }
        Run unknown = run("ingest", "--no-such-option", "x");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown option"), unknown.err());
        Run badQuery = run("query", "--db", db.toString(), "SELEKT nothing");
        assertEquals(1, badQuery.exitCode());
        assertTrue(badQuery.err().startsWith("not a valid SPARQL query"), badQuery.err());
    }

    private static Model withoutIngestionTime(Model model) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.removeAll(null, Vocab.ENDED_AT_TIME, null);
        return copy;
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    private static void assertLine(List<String> lines, String prefix) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix)), "no line starting '" + prefix + "' in\n"
                + String.join("\n", lines));
    }
}
