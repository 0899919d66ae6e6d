package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStoreTest {

    @TempDir
    Path dir;

    private ReportStore store;

    @BeforeEach
    void open() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesEachReportInItsOwnNamedGraphAndEntitiesInTheSharedGraph() {
        MappedReport report = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        assertEquals(StoreOutcome.ADDED, store.put(report));
        assertEquals(report.graph().size(), graphSize(report.reportIri()));
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/niamey"));
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/sahel-dispatch"));
        assertEquals(1, store.reportCount());
    }

    /**
     * Two reports spell an unlinked place differently within one slug: one node, which keeps the first
     * report's label (an entity has exactly one); the second spelling is an altLabel in the second report's graph.
     */
    @Test
    void aSecondSpellingOfOneSlugIsAnAltLabelOfTheReportThatUsesIt() {
        store.put(TestReports.mapped("a.txt", "Flight delayed", "A flight was delayed at the airport.", "Suvarnabhumi Airport"));
        MappedReport second = TestReports.mapped("b.txt", "Flight leaves", "The flight left the airport.", "Suvarnabhumi airport");
        store.put(second);
        String place = "http://example.org/entity/suvarnabhumi-airport";
        assertEquals(List.of("Suvarnabhumi Airport"), objects(TestReports.IRIS.entitiesGraph(), place, RDFS.label.getURI()));
        assertEquals(List.of("Suvarnabhumi Airport"), objects(TestReports.IRIS.entitiesGraph(), place, Vocab.NAME.getURI()));
        assertEquals(List.of("Suvarnabhumi airport"), objects(second.reportIri(), place, Vocab.ALT_LABEL.getURI()));
        assertEquals(StoreOutcome.UNCHANGED, store.put(second), "and storing it again changes nothing");
    }

    @Test
    void aBatchIsStoredInOneTransactionWithAnOutcomePerReport() {
        MappedReport a = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        MappedReport b = TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako");
        store.put(a);
        assertEquals(List.of(StoreOutcome.UNCHANGED, StoreOutcome.ADDED, StoreOutcome.UNCHANGED),
                store.putAll(List.of(a, b, b)), "a report twice in one batch is stored once");
        assertEquals(2, store.reportCount());
    }

    @Test
    void aBatchThatFailsLeavesNothingOfItInTheStore() {
        MappedReport a = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        MappedReport broken = TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako");
        // A fault in derived data that only the store trips on: a link confidence that is not a number.
        broken.entities().add(broken.entities().createResource("http://example.org/entity/bamako"),
                Vocab.LINK_CONFIDENCE, "high");
        long quads = quadCount();
        assertThrows(NumberFormatException.class, () -> store.putAll(List.of(a, broken)));
        assertEquals(quads, quadCount(), "the whole batch was rolled back");
        assertFalse(store.contains(a.reportIri()));
    }

    @Test
    void reingestingTheSameTextChangesNothing() {
        MappedReport report = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        store.put(report);
        long quads = quadCount();
        assertEquals(StoreOutcome.UNCHANGED, store.put(report));
        assertEquals(quads, quadCount());
    }

    @Test
    void aChangedReportFromTheSameSourceReplacesItsGraphAndDropsOrphanEntities() {
        MappedReport first = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        MappedReport second = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord on Saturday.", "Agadez");
        MappedReport other = TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako");
        store.put(first);
        store.put(other);

        assertEquals(StoreOutcome.REPLACED, store.put(second));
        assertFalse(store.contains(first.reportIri()));
        assertTrue(store.contains(second.reportIri()));
        assertTrue(store.contains(other.reportIri()));
        assertEquals(2, store.reportCount());
        // Niamey was only the first version's dateline place: its description goes with it.
        assertFalse(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/niamey"));
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/agadez"));
        // The publisher is still referred to by both remaining reports.
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/sahel-dispatch"));
    }

    @Test
    void deletingAReportKeepsEntitiesOtherReportsStillReferTo() {
        MappedReport a = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        MappedReport b = TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako");
        store.put(a);
        store.put(b);
        assertTrue(store.delete(a.reportIri()));
        assertFalse(store.delete(a.reportIri()));
        assertFalse(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/niamey"));
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/bamako"));
        assertTrue(hasTriple(TestReports.IRIS.entitiesGraph(), "http://example.org/entity/sahel-dispatch"));
        store.delete(b.reportIri());
        assertEquals(0, quadCount(), "nothing is left once every report is gone");
    }

    @Test
    void theDefaultGraphIsTheUnionOfAllGraphs() {
        store.put(TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey"));
        store.put(TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako"));
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            String query = """
                    PREFIX schema: <https://schema.org/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?headline ?place WHERE {
                      ?r schema:headline ?headline ; <https://w3id.org/dateline/ns#datelinePlace> ?p .
                      ?p rdfs:label ?place .
                    } ORDER BY ?headline""";
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                exec.execSelect().forEachRemaining(row -> rows.add(
                        row.getLiteral("headline").getString() + " @ " + row.getLiteral("place").getString()));
            }
        });
        assertEquals(List.of("Mali leaves bloc @ Bamako", "Niger revokes accord @ Niamey"), rows);
    }

    private long graphSize(String graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(NodeFactory.createURI(graph)).size());
    }

    private List<String> objects(String graph, String subject, String property) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> values = new ArrayList<>();
            store.dataset().find(NodeFactory.createURI(graph), NodeFactory.createURI(subject), NodeFactory.createURI(property),
                    null).forEachRemaining(q -> values.add(q.getObject().getLiteralLexicalForm()));
            return values;
        });
    }

    private boolean hasTriple(String graph, String subject) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset()
                .find(NodeFactory.createURI(graph), NodeFactory.createURI(subject), null, null).hasNext());
    }

    private long quadCount() {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }
}
