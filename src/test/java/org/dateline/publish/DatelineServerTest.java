package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.store.ReportStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Fuseki over a real TDB2 store, queried over real HTTP. */
class DatelineServerTest {

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;
    private static MappedReport niger;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        niger = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        store.put(niger);
        store.put(TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako"));
        server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void answersSparqlQueriesOverHttpFromTheUnionOfReportGraphs() throws Exception {
        String query = "SELECT ?h WHERE { ?r a <https://w3id.org/dateline/ns#Report> ; <https://schema.org/headline> ?h }";
        HttpResponse<String> response = get(server.sparqlUrl() + "?query=" + encode(query),
                "application/sparql-results+json");
        assertEquals(200, response.statusCode());
        ResultSet results = ResultSetFactory.fromJSON(
                new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Set<String> headlines = new TreeSet<>();
        results.forEachRemaining(row -> headlines.add(row.getLiteral("h").getString()));
        assertEquals(Set.of("Mali leaves bloc", "Niger revokes accord"), headlines);
    }

    @Test
    void servesAReportGraphThroughTheGraphStoreProtocol() throws Exception {
        HttpResponse<String> response = get(base() + "/dateline/get?graph=" + encode(niger.reportIri()), "text/turtle");
        assertEquals(200, response.statusCode());
        Model graph = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        assertTrue(graph.isIsomorphicWith(niger.graph()), "the served graph is exactly the stored report");
    }

    @Test
    void refusesUpdatesOnThePublicEndpoints() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String endpoint : new String[] {"/dateline/sparql", "/dateline/get", "/dateline", "/dateline/update"}) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() >= 400, endpoint + " accepted an update: " + response.statusCode());
            // the refused body is not read: the client is told not to send its next request on this connection
            assertEquals(Optional.of("close"), response.headers().firstValue("Connection"), endpoint);
        }
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/dateline/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "graph store accepted a PUT: " + put.statusCode());
        assertEquals(2, store.reportCount());
    }

    @Test
    void allowsCrossOriginQueriesFromBrowsers() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(server.sparqlUrl() + "?query=" + encode("ASK {}")))
                .header("Origin", "https://notebook.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void cancelsQueriesThatRunLongerThanTheTimeout() throws Exception {
        // A cross product of every quad with itself several times over never finishes in 2 s.
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }";
        long start = System.nanoTime();
        HttpResponse<String> response = get(server.sparqlUrl() + "?query=" + encode(query), "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(seconds < 20, "cancelled after " + seconds + " s");
    }

    private static String base() {
        return "http://localhost:" + server.port();
    }

    private static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
