package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dateline.evaluate.corpus.CorpusDocument;
import org.dateline.evaluate.corpus.GumDocument;
import org.dateline.evaluate.corpus.MeantimeDocument;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.Vocab;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.pipeline.SourceFiles;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.RuleBasedUnderstander;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our own derived data (entities, mentions, roles, quotations, times, events) never costs a report:
 * every document of the MEANTIME and GUM news corpora, both seed reports and every bundled example
 * and test fixture goes through the pipeline `dateline convert` runs (the real reader, the CoreNLP
 * engine, the bundled gazetteer, the mappers, the shapes) and must give one report with no violation.
 * Warnings (a missing publisher, say) are allowed: they are what the report lacks, not what we broke.
 * The corpus documents are rendered as plain text reports (title, date line, paragraphs).
 */
class CorpusConformanceTest {

    private static final Path CORPORA = Path.of(System.getProperty("dateline.corpora", "../shared/corpora"));
    private static final Path SEEDS = Path.of(System.getProperty("dateline.seeds", "../shared/seeds"));

    @TempDir
    static Path dir;

    private static ReportProcessor processor;
    private static int mentions;

    @BeforeAll
    static void wire() {
        // What convert wires with its default options: the CoreNLP engine and the bundled gazetteer.
        processor = Stages.processor(new IriScheme(IriScheme.DEFAULT_BASE), RuleBasedUnderstander.withCoreNlp(),
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())));
    }

    @Test
    void everyMeantimeDocumentConforms() throws IOException {
        List<Path> files = corpusFiles("meantime-en", ".xml");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            convert(MeantimeDocument.read(file), "meantime", failures);
        }
        assertEquals(90, files.size(), "MEANTIME English has 90 documents");
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " MEANTIME documents");
    }

    @Test
    void everyGumNewsDocumentConforms() throws IOException {
        List<Path> files = corpusFiles("gum-wikinews/xml", ".xml");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            convert(GumDocument.read(file), "gum", failures);
        }
        assertEquals(18, files.size(), "GUM has 18 news documents");
        assertEquals(List.of(), failures, failures.size() + " of " + files.size() + " GUM documents");
    }

    @Test
    void bothSeedsConform() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "seed reports not found at " + SEEDS.toAbsolutePath()
                + " (set -Ddateline.seeds=DIR): skipped");
        List<Path> files = SourceFiles.expand(List.of(SEEDS)).files();
        List<String> failures = new ArrayList<>();
        files.forEach(file -> convert(file, failures, true));
        assertEquals(2, files.size(), "two seed reports");
        assertEquals(List.of(), failures);
    }

    /**
     * The bundled examples and every report file among the test resources (page templates are
     * no reports; a JSON list holds several).
     */
    @Test
    void everyExampleAndFixtureConforms() {
        List<Path> files = SourceFiles.expand(List.of(Path.of("examples"), Path.of("src/test/resources"))).files()
                .stream().filter(file -> !file.toString().contains("templates")).toList();
        List<String> failures = new ArrayList<>();
        files.forEach(file -> convert(file, failures, false));
        assertTrue(files.size() >= 5, "the five examples at least: " + files);
        assertEquals(List.of(), failures);
        assertTrue(mentions > 0, "the language engine ran: the reports mention entities");
    }

    private static List<Path> corpusFiles(String folder, String suffix) throws IOException {
        Path root = CORPORA.resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(root), "corpus not found at " + root.toAbsolutePath()
                + " (set -Ddateline.corpora=DIR): skipped");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** Writes the document as the plain text report it was and converts that file. */
    private static void convert(CorpusDocument document, String corpus, List<String> failures) throws IOException {
        Path file = Files.writeString(dir.resolve(corpus + "-" + document.id() + ".txt"), document.reportText(),
                StandardCharsets.UTF_8);
        convert(file, failures, true);
    }

    private static void convert(Path file, List<String> failures, boolean oneReport) {
        List<ProcessedReport> reports;
        try {
            reports = processor.process(file);
        } catch (UnreadableSourceException e) {
            failures.add(file.getFileName() + ": set aside by the reader: " + e.reason());
            return;
        }
        if (oneReport ? reports.size() != 1 : reports.isEmpty()) {
            failures.add(file.getFileName() + ": " + reports.size() + " reports, one expected");
        }
        for (ProcessedReport report : reports) {
            if (!report.validation().conforms()) {
                failures.add(file.getFileName() + ": " + String.join(" | ", report.validation().problems()));
            }
            mentions += report.mapped().graph().listStatements(null, Vocab.MENTIONS, (org.apache.jena.rdf.model.RDFNode) null)
                    .toList().size();
        }
    }
}
