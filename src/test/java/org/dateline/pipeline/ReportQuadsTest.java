package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.TestReports;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.Gazetteer;
import org.dateline.link.ReportLinker;
import org.dateline.map.MappedReport;
import org.dateline.read.SourceReader;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;

/** The pipeline as one function of a source: the same source gives the same N-Quads bytes. */
class ReportQuadsTest {

    private static SourceResult processOnce(Path file) {
        // A new set of stages each time, as on another machine.
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE,
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())), TestReports.MAPPER, ShapeValidator.bundled());
        return SourceResult.of(processor::process, file);
    }

    @Test
    void theSameSourceGivesTheSameQuads() {
        Path file = Path.of("examples/mali-ecowas-exit.html");
        SourceResult first = processOnce(file);
        SourceResult second = processOnce(file);
        assertNull(first.unreadable());
        assertEquals(1, first.conforming().size());
        MappedReport a = first.conforming().get(0).mapped();
        MappedReport b = second.conforming().get(0).mapped();
        List<String> quads = ReportQuads.reportGraph(a);
        assertEquals(quads, ReportQuads.reportGraph(b));
        assertEquals(ReportQuads.entities(a, TestReports.IRIS.entitiesGraph()),
                ReportQuads.entities(b, TestReports.IRIS.entitiesGraph()));
        assertEquals(a.graph().size(), quads.size());
        assertTrue(quads.stream().allMatch(line -> line.endsWith(" <" + a.reportIri() + "> .")), quads.get(0));
        assertTrue(quads.stream().noneMatch(line -> line.contains("_:")));
        assertFalse(ReportQuads.entities(a, TestReports.IRIS.entitiesGraph()).isEmpty());
    }

    @Test
    void blankNodesAreNamedFromTheReport() {
        Model graph = ModelFactory.createDefaultModel();
        Resource report = graph.createResource("http://example.org/report/r1");
        report.addProperty(RDFS.seeAlso, graph.createResource().addProperty(RDFS.label, "a"));
        report.addProperty(RDFS.seeAlso, graph.createResource().addProperty(RDFS.label, "b"));
        MappedReport mapped = new MappedReport(report.getURI(), "file:///r1.txt", 1, graph, ModelFactory.createDefaultModel());
        List<String> quads = ReportQuads.reportGraph(mapped);
        assertEquals(List.of(
                "<http://example.org/report/r1-genid-1> <http://www.w3.org/2000/01/rdf-schema#label> \"a\" <http://example.org/report/r1> .",
                "<http://example.org/report/r1-genid-2> <http://www.w3.org/2000/01/rdf-schema#label> \"b\" <http://example.org/report/r1> .",
                "<http://example.org/report/r1> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <http://example.org/report/r1-genid-1> <http://example.org/report/r1> .",
                "<http://example.org/report/r1> <http://www.w3.org/2000/01/rdf-schema#seeAlso> <http://example.org/report/r1-genid-2> <http://example.org/report/r1> ."),
                quads);
    }
}
