package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.TestReports;
import org.dateline.link.EntityType;
import org.dateline.link.Link;
import org.dateline.link.ReportLinks;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;

/** One node per real-world entity across reports: labels and the functional link confidence stay single. */
class LinkedEntityStoreTest {

    private static final Node NIAMEY = NodeFactory.createURI("http://example.org/entity/Q3674");

    private static MappedReport report(String source, String body, String confidence) {
        Link niamey = new Link("Q3674", "Niamey", EntityType.PLACE, new BigDecimal(confidence), "gazetteer");
        return TestReports.MAPPER.map(TestReports.doc(source, 1, "Headline of " + source, body, "NIAMEY", null),
                Understanding.EMPTY, new ReportLinks(null, niamey, null, Map.of(), Map.of()));
    }

    @Test
    void twoReportsLinkingOnePlaceMakeOneEntityWithTheHigherConfidence() {
        try (ReportStore store = ReportStore.inMemory(TestReports.IRIS)) {
            MappedReport first = report("a.txt", "First report.", "0.81");
            MappedReport second = report("b.txt", "Second report.", "0.95");
            MappedReport third = report("c.txt", "Third report.", "0.70");
            for (MappedReport r : List.of(first, second, third)) {
                assertEquals(true, ShapeValidator.bundled().validate(r).conforms(), r.reportIri());
                store.put(r);
            }
            assertEquals(List.of("0.95"), values(store, Vocab.LINK_CONFIDENCE.asNode()));
            assertEquals(List.of("Niamey"), values(store, RDFS.label.asNode()));
            // The spelling each report uses lives in that report's graph, so it goes when the report goes.
            assertEquals(List.of(), values(store, Vocab.ALT_LABEL.asNode()));
            assertEquals(List.of("NIAMEY"), values(store, first.reportIri(), Vocab.ALT_LABEL.asNode()));
        }
    }

    private static List<String> values(ReportStore store, Node property) {
        return values(store, TestReports.IRIS.entitiesGraph(), property);
    }

    private static List<String> values(ReportStore store, String graphIri, Node property) {
        Node graph = NodeFactory.createURI(graphIri);
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> values = new ArrayList<>();
            store.dataset().find(graph, NIAMEY, property, Node.ANY)
                    .forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm()));
            return values;
        });
    }
}
