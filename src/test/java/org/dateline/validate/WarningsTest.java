package org.dateline.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.dateline.read.ReportDoc;
import org.dateline.read.Source;
import org.junit.jupiter.api.Test;

/**
 * The validate stage tells warnings (what a report lacks) from violations (what is wrong), and the
 * warnings kept in the report's graph are IRIs with the same triples every time, which conform.
 */
class WarningsTest {

    private static final ShapeValidator VALIDATOR = ShapeValidator.bundled();
    private static final String BODY = "Officials said the talks on the security agreement had ended without a deal.";

    /** A report with a body and nothing else: no headline, date, publisher or dateline. */
    private static ReportDoc bare(String headline) {
        return new ReportDoc(new Source("file:///reports/bare.txt", "bare.txt", 1),
                "ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78ab12cd34ef56ab78", headline, BODY, List.of(), null,
                null, null, null, null, "en");
    }

    @Test
    void aReportLackingMetadataConformsWithAWarningForEachThing() {
        ValidationOutcome outcome = VALIDATOR.validate(TestReports.MAPPER.map(bare(null)));
        assertTrue(outcome.conforms(), outcome.problems().toString());
        assertEquals(List.of(), outcome.problems());
        assertEquals(List.of("no headline", "no publication date", "no publisher", "no dateline place"),
                outcome.warnings().stream().map(ValidationWarning::label).toList());
        assertEquals(List.of("headline", "date-published", "publisher", "dateline-place"),
                outcome.warnings().stream().map(ValidationWarning::key).toList());
        assertEquals("(warnings: no headline, no publication date, no publisher, no dateline place)",
                outcome.warningNote());
        ValidationWarning headline = outcome.warnings().get(0);
        assertEquals(Vocab.HEADLINE.getURI(), headline.path());
        assertEquals(Vocab.DLSH + "Report-headline-min", headline.shape());
        assertEquals(SHACLM.NS + "MinCountConstraintComponent", headline.component());
        assertEquals("http://example.org/report/ab12cd34ef56ab78", headline.focusNode());
        assertTrue(headline.message().startsWith("Report has no headline: the reader found no title line; add one"),
                headline.message());
    }

    @Test
    void aMalformedValueIsStillAViolation() {
        ValidationOutcome outcome = VALIDATOR.validate(TestReports.MAPPER.map(bare(" ".repeat(0))));
        assertFalse(outcome.conforms());
        assertEquals(List.of("<http://example.org/report/ab12cd34ef56ab78> schema:headline: "
                + "schema:headline must be a non-empty xsd:string of at most 500 characters."), outcome.problems());
        assertTrue(outcome.summary().startsWith("does not conform to shapes: "), outcome.summary());
        assertEquals(List.of("no publication date", "no publisher", "no dateline place"),
                outcome.warnings().stream().map(ValidationWarning::label).toList(), "warnings are still told apart");
    }

    @Test
    void warningsAreKeptInTheReportsGraphAsTheSameIrisEveryTime() {
        MappedReport first = kept();
        MappedReport second = kept();
        assertTrue(first.graph().isIsomorphicWith(second.graph()));
        Model graph = first.graph();
        Resource report = graph.getResource(first.reportIri());
        List<Resource> warnings = report.listProperties(Vocab.VALIDATION_WARNING).mapWith(s -> s.getResource()).toList();
        assertEquals(4, warnings.size());
        warnings.forEach(w -> assertTrue(w.isURIResource(), "a warning is an IRI, never a blank node: " + w));
        Resource headline = graph.getResource(first.reportIri() + "#warning-headline");
        assertTrue(headline.hasProperty(org.apache.jena.vocabulary.RDF.type, SHACLM.ValidationResult));
        assertTrue(headline.hasProperty(SHACLM.resultSeverity, SHACLM.Warning));
        assertTrue(headline.hasProperty(SHACLM.focusNode, report));
        assertTrue(headline.hasProperty(SHACLM.resultPath, Vocab.HEADLINE));
        assertTrue(headline.hasProperty(SHACLM.sourceShape, graph.getResource(Vocab.DLSH + "Report-headline-min")));
        assertTrue(headline.getProperty(SHACLM.resultMessage).getString().startsWith("Report has no headline"));

        ValidationOutcome again = VALIDATOR.validate(first);
        assertEquals(List.of(), again.problems(), "the kept warnings conform to their own shapes");
        assertEquals(4, again.warnings().size(), "and add no warning of their own");
    }

    @Test
    void aCompleteReportHasNoWarning() {
        ValidationOutcome outcome = VALIDATOR.validate(TestReports.mapped("full.txt", "Junta ends accord", BODY, "Niamey"));
        assertTrue(outcome.conforms(), outcome.problems().toString());
        assertEquals(List.of(), outcome.warnings());
        assertEquals("conforms", outcome.summary());
        assertEquals("", outcome.warningNote());
    }

    private static MappedReport kept() {
        MappedReport mapped = TestReports.MAPPER.map(bare(null));
        return WarningGraph.keep(mapped, VALIDATOR.validate(mapped).warnings());
    }
}
