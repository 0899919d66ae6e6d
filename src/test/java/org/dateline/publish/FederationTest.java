package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Federation: the served store joined with a second, real Fuseki standing in for Wikidata through
 * SERVICE, allowed only for the endpoints given to the server.
 */
class FederationTest {

    private static final String QUERY = """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX schema: <http://schema.org/>
            SELECT ?entity ?description WHERE {
              ?entity owl:sameAs ?item .
              SERVICE <%s> { ?item schema:description ?description }
            }""";

    private static FusekiServer wikidata;
    private static String wikidataUrl;
    private static ReportStore store;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startWikidataAndIngestAnExample() {
        DatasetGraph data = DatasetFactory.create().asDatasetGraph();
        RDFParser.fromString("""
                PREFIX schema: <http://schema.org/>
                PREFIX wd: <http://www.wikidata.org/entity/>
                wd:Q3616 schema:description "written for this test: the item of Tehran"@en .
                """, Lang.TURTLE).parse(data);
        wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", data).build().start();
        wikidataUrl = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";

        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        store = ReportStore.inMemory(iris);
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE,
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())),
                new ReportMapper(iris, Clock.systemUTC(), "test"), ShapeValidator.bundled());
        new Ingestor(processor, store, new RejectedFolder(dir.resolve("rejected"), iris))
                .ingest(Path.of("examples/niger-iran-talks.md"));
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
        store.close();
    }

    @Test
    void anAllowedEndpointAnswersTheJoin() {
        try (DatelineServer server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(30),
                ServiceAllowList.of(List.of(wikidataUrl)))) {
            long before = wikidataRequests();
            List<String> rows = select(server, QUERY.formatted(wikidataUrl));
            assertTrue(wikidataRequests() > before, "the join went to the stand-in");
            assertEquals(List.of("http://localhost:3030/entity/Q3616 written for this test: the item of Tehran"), rows);
        }
    }

    @Test
    void anEndpointNotOnTheListIsRefused() {
        try (DatelineServer server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(30),
                ServiceAllowList.of(List.of("https://query.wikidata.org/sparql")))) {
            long before = wikidataRequests();
            HttpResponse<String> refused = post(server, QUERY.formatted(wikidataUrl));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("SERVICE <" + wikidataUrl + "> is not allowed; allowed: "
                    + "https://query.wikidata.org/sparql"), refused.body());
            assertFalse(refused.body().contains("\tat "), "no stack trace: " + refused.body());
            assertEquals(before, wikidataRequests(), "the refused endpoint was not contacted");
        }
    }

    @Test
    void withoutAnAllowListEveryServiceIsRefused() {
        try (DatelineServer server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(30))) {
            long before = wikidataRequests();
            HttpResponse<String> refused = post(server, QUERY.formatted(wikidataUrl));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("is not allowed (none is; see serve --allow-service)"), refused.body());
            assertEquals(before, wikidataRequests(), "the endpoint was not contacted");
            // The store itself still answers.
            assertEquals(1, select(server, "SELECT ?e WHERE { ?e <http://www.w3.org/2002/07/owl#sameAs> "
                    + "<http://www.wikidata.org/entity/Q3616> }").size());
        }
    }

    @Test
    void onlyHttpEndpointsCanBeAllowed() {
        assertThrows(IllegalArgumentException.class, () -> ServiceAllowList.of(List.of("file:///etc/passwd")));
    }

    /** Queries the stand-in for Wikidata has received. */
    private static long wikidataRequests() {
        return wikidata.getDataAccessPointRegistry().get("/wikidata").getDataService()
                .getEndpoints(Operation.Query).stream().mapToLong(e -> e.getCounters().value(CounterName.Requests)).sum();
    }

    /** The query sent as SPARQL 1.1 Protocol's POST, the response as it is. */
    private static HttpResponse<String> post(DatelineServer server, String query) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> select(DatelineServer server, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(server.sparqlUrl()).query(query).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder line = new StringBuilder();
                row.varNames().forEachRemaining(v -> line.append(line.length() == 0 ? "" : " ")
                        .append(row.get(v).isLiteral() ? row.getLiteral(v).getString() : row.get(v).toString()));
                rows.add(line.toString());
            }
        }
        return rows;
    }
}
