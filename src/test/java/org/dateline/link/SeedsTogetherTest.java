package org.dateline.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.dateline.TestReports;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.pipeline.ReportResult;
import org.dateline.pipeline.Status;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both seed reports through the whole pipeline into one store: their entities are linked to
 * Wikidata, and the same real-world entity is one node across the two reports.
 */
class SeedsTogetherTest {

    private static final String PREFIXES = """
            PREFIX dl: <https://w3id.org/dateline/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            """;

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static Ingestor ingestor;

    @BeforeAll
    static void ingestBothSeeds() {
        TestReports.seed("000_00f213b68e0cbf10.txt"); // skips the class when the seeds are absent
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        store = ReportStore.inMemory(iris);
        ReportProcessor processor = new ReportProcessor(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())),
                new ReportMapper(iris, Clock.systemUTC(), "test"), ShapeValidator.bundled());
        ingestor = new Ingestor(processor, store, new RejectedFolder(dir.resolve("rejected"), iris));
        for (String seed : List.of("000_00f213b68e0cbf10.txt", "004_b989fd716c0c8bdd.txt")) {
            for (ReportResult result : ingestor.ingest(TestReports.seed(seed))) {
                assertEquals(Status.ADDED, result.status(), result.line());
            }
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theSeedsNamesAreLinkedToTheirWikidataItems() {
        Set<String> items = new TreeSet<>(select("SELECT ?item WHERE { ?r a dl:Report ; schema:mentions ?e . "
                + "?e owl:sameAs ?item }", "item"));
        for (String qid : List.of("Q1032", "Q30", "Q794", "Q159", "Q912", "Q965", "Q142", "Q3674", "Q7747", "Q6279",
                "Q166032")) {
            assertTrue(items.contains("http://www.wikidata.org/entity/" + qid), qid + " not among " + items);
        }
    }

    @Test
    void zeineIsOneNodeMentionedByBothReportsWithBothSpellings() {
        List<String> nodes = select("SELECT DISTINCT ?p WHERE { ?p a dl:Person . "
                + "{ ?p rdfs:label ?n } UNION { ?p skos:altLabel ?n } FILTER(CONTAINS(?n, \"Zeine\")) }", "p");
        assertEquals(1, nodes.size(), "Zeine nodes: " + nodes);
        String zeine = nodes.get(0);
        assertEquals(2, select("SELECT DISTINCT ?r WHERE { ?r a dl:Report ; schema:mentions <" + zeine + "> }", "r").size());
        Set<String> names = new TreeSet<>(select("SELECT ?n WHERE { { <" + zeine + "> rdfs:label ?n } UNION { <" + zeine
                + "> skos:altLabel ?n } }", "n"));
        assertTrue(names.containsAll(Set.of("Ali Mahaman Lamine Zeine", "Ali Mahamane Lamine Zeine")), names.toString());
        assertEquals(1, select("SELECT ?l WHERE { <" + zeine + "> rdfs:label ?l }", "l").size(), "one preferred label");
    }

    @Test
    void theRevocationBothSeedsTellIsOneEventReportedInBoth() {
        List<String> events = select("""
                SELECT ?e WHERE {
                  ?e a dl:Event ; dl:eventType <https://w3id.org/dateline/plover#SANCTION> ;
                     dl:actor <http://localhost:3030/entity/Q1032> ; dl:target <http://localhost:3030/entity/Q30> ;
                     dl:reportedIn ?report .
                } GROUP BY ?e HAVING (COUNT(DISTINCT ?report) = 2)""", "e");
        assertEquals(List.of("http://localhost:3030/event/sanction-q1032-q30-2024"), events);
        // With Zeine one node, his visit to Iran told by both seeds is one event too.
        assertEquals(1, select("""
                SELECT ?e WHERE {
                  ?e a dl:Event ; dl:eventType <https://w3id.org/dateline/plover#CONSULT> ;
                     dl:target <http://localhost:3030/entity/Q794> ; dl:actor ?zeine ; dl:reportedIn ?report .
                  ?zeine rdfs:label "Ali Mahaman Lamine Zeine" .
                } GROUP BY ?e HAVING (COUNT(DISTINCT ?report) = 2)""", "e").size());
    }

    @Test
    void noPersonIsLinkedToACountryAndEveryLinkHasAConfidence() {
        assertEquals(List.of(), select("SELECT ?p WHERE { ?p a dl:Person ; owl:sameAs ?item . "
                + "?c a dl:Country ; owl:sameAs ?item }", "p"));
        assertEquals(List.of(), select("SELECT ?e WHERE { ?e owl:sameAs ?item FILTER NOT EXISTS { ?e dl:linkConfidence ?c } }", "e"));
        assertEquals(List.of(), select("SELECT ?e WHERE { ?e dl:linkConfidence ?c FILTER(?c < 0 || ?c > 1) }", "e"));
    }

    @Test
    void deletingAReportTakesItsSpellingsAndKeepsTheOthers() {
        String variant = "Ali Mahamane Lamine Zeine";
        String report004 = select("SELECT ?r WHERE { ?r schema:headline ?h FILTER(STRSTARTS(?h, \"US Expresses\")) }", "r").get(0);
        String zeine = select("SELECT ?p WHERE { ?p skos:altLabel \"" + variant + "\" }", "p").get(0);
        try {
            assertTrue(store.delete(report004));
            assertEquals(List.of(), select("SELECT ?p WHERE { ?p skos:altLabel \"" + variant + "\" }", "p"),
                    "no orphan spelling left behind");
            assertEquals(List.of("Ali Mahaman Lamine Zeine"), select("SELECT ?l WHERE { <" + zeine + "> rdfs:label ?l }", "l"));
            // Only 004 mentioned the Pentagon's spokesperson: her description goes with it; Niger stays for 000.
            assertEquals(List.of(), select("SELECT ?p WHERE { ?p rdfs:label \"Sabrina Singh\" }", "p"));
            assertEquals(1, select("SELECT ?e WHERE { ?e owl:sameAs <http://www.wikidata.org/entity/Q1032> }", "e").size());
        } finally {
            ingestor.ingest(TestReports.seed("004_b989fd716c0c8bdd.txt"));
        }
        assertEquals(List.of(zeine), select("SELECT ?p WHERE { ?p skos:altLabel \"" + variant + "\" }", "p"),
                "re-ingested, the spelling is back on the same node");
    }

    private static List<String> select(String query, String variable) {
        List<String> values = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(PREFIXES + query, DatasetFactory.wrap(store.dataset()))) {
                exec.execSelect().forEachRemaining((QuerySolution row) -> {
                    var node = row.get(variable);
                    values.add(node.isLiteral() ? node.asLiteral().getString() : node.toString());
                });
            }
        });
        return values;
    }
}
