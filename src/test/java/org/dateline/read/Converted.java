package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.map.Vocab;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;

/**
 * A source file through the whole pipeline as {@code dateline convert --no-nlp} runs it (real
 * mapper, bundled gazetteer, bundled shapes): every report's graph must conform and say what the
 * reader found.
 */
final class Converted {

    private static ReportProcessor processor;

    private Converted() {
    }

    private static synchronized ReportProcessor processor() {
        if (processor == null) {
            IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
            processor = new ReportProcessor(new SourceReader(), Understander.NONE,
                    new ReportLinker(new GazetteerLinker(Gazetteer.bundled())),
                    new ReportMapper(iris, Clock.systemUTC(), "test"), ShapeValidator.bundled());
        }
        return processor;
    }

    /** The file's reports, each checked to conform and to carry its headline, date and body in its graph. */
    static List<ProcessedReport> conforming(Path file) throws UnreadableSourceException {
        List<ProcessedReport> reports = processor().process(file);
        for (ProcessedReport report : reports) {
            assertTrue(report.validation().conforms(), report.validation().problems().toString());
            Resource r = report.mapped().graph().getResource(report.mapped().reportIri());
            ReportDoc doc = report.doc();
            assertEquals(doc.body(), r.getProperty(Vocab.ARTICLE_BODY).getString());
            if (doc.headline() != null) {
                assertEquals(doc.headline(), r.getProperty(Vocab.HEADLINE).getString());
            }
            if (doc.published() != null) {
                Literal date = r.getProperty(Vocab.DATE_PUBLISHED).getLiteral();
                assertEquals(doc.published().date().lexical(), date.getLexicalForm());
            }
            if (doc.byline() != null) {
                assertEquals(doc.byline(), r.getProperty(Vocab.BYLINE).getString());
            }
            assertEquals(doc.source().uri(), r.getPropertyResourceValue(Vocab.WAS_DERIVED_FROM).getURI());
        }
        return reports;
    }
}
