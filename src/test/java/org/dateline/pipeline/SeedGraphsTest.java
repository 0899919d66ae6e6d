package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.dateline.TestReports;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.Vocab;
import org.dateline.read.SourceReader;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real seed reports through read -> understand -> map -> validate: their graphs hold the metadata and conform. */
class SeedGraphsTest {

    private static final ReportProcessor PROCESSOR =
            new ReportProcessor(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                    new ReportLinker(new GazetteerLinker(Gazetteer.bundled())), TestReports.MAPPER,
                    ShapeValidator.bundled());

    @TempDir
    Path dir;

    @Test
    void seed000MapsToAConformingGraphWithItsInferredDatePublisherAndDatelinePlace() throws Exception {
        ProcessedReport report = only(TestReports.seed("000_00f213b68e0cbf10.txt"));
        assertTrue(report.validation().conforms(), report.validation().problems().toString());
        Model graph = report.mapped().graph();
        Resource r = graph.getResource(report.mapped().reportIri());
        assertEquals("Niger cuts military ties with U.S. over Washington's threats", r.getProperty(Vocab.HEADLINE).getString());
        assertEquals("2024-05-15", r.getProperty(Vocab.DATE_PUBLISHED).getLiteral().getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", r.getProperty(Vocab.DATE_PUBLISHED).getLiteral().getDatatypeURI());
        assertTrue(r.getProperty(Vocab.DATE_INFERRED).getBoolean());
        assertEquals("Radio Habana Cuba", name(report, r.getPropertyResourceValue(Vocab.PUBLISHER)));
        assertEquals("Niamey", name(report, r.getPropertyResourceValue(Vocab.DATELINE_PLACE)));
        assertEquals("http://example.org/entity/Q3674", r.getPropertyResourceValue(Vocab.DATELINE_PLACE).getURI());
    }

    @Test
    void seed004MapsToAConformingGraphWithItsStatedDateAndDatelinePlace() throws Exception {
        ProcessedReport report = only(TestReports.seed("004_b989fd716c0c8bdd.txt"));
        assertTrue(report.validation().conforms(), report.validation().problems().toString());
        Resource r = report.mapped().graph().getResource(report.mapped().reportIri());
        assertEquals("2024-03-19", r.getProperty(Vocab.DATE_PUBLISHED).getLiteral().getLexicalForm());
        assertEquals(false, r.getProperty(Vocab.DATE_INFERRED).getBoolean());
        // The dateline "WASHINGTON:" is the city, named by its Wikidata item, the text's name kept as altLabel.
        Resource place = r.getPropertyResourceValue(Vocab.DATELINE_PLACE);
        assertEquals("http://example.org/entity/Q61", place.getURI());
        assertEquals("Washington, D.C.", name(report, place));
        assertTrue(report.mapped().graph().contains(place, Vocab.ALT_LABEL, "Washington"));
        String body = r.getProperty(Vocab.ARTICLE_BODY).getString();
        for (String noise : List.of("icon-", "**", "# ", "---", "WASHINGTON:")) {
            assertTrue(!body.contains(noise), "body holds '" + noise + "'");
        }
    }

    @Test
    void offsetsCountCodePointsSoBodiesBeyondTheBasicPlaneConform() throws Exception {
        Path file = dir.resolve("radio.txt");
        Files.writeString(file, "Radio station in Niamey goes back on air \uD83D\uDCFB\n\nMarch 19, 2024\n\n"
                + "NIAMEY (AFP) - A community radio station in Niamey resumed its broadcasts on Monday \uD83D\uDCFB after a "
                + "three-week suspension ordered by the communications regulator, its director said, thanking listeners "
                + "for their messages of support and promising to keep reporting on the news of the city.\n");
        ProcessedReport report = only(file);
        assertTrue(report.validation().conforms(), report.validation().problems().toString());
        String body = report.doc().body();
        Resource context = report.mapped().graph().getResource(report.mapped().reportIri())
                .getPropertyResourceValue(Vocab.BODY_CONTEXT);
        assertEquals(body.codePointCount(0, body.length()), context.getProperty(Vocab.END_INDEX).getInt());
    }

    private static ProcessedReport only(Path file) throws Exception {
        List<ProcessedReport> reports = PROCESSOR.process(file);
        assertEquals(1, reports.size());
        return reports.get(0);
    }

    private static String name(ProcessedReport report, Resource entity) {
        return report.mapped().entities().getResource(entity.getURI()).getProperty(Vocab.NAME).getString();
    }
}
