package org.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.store.ReportStore;

/**
 * A real TDB2 store holding plain reports, a hand-made "understood" report (mentions, a role, a
 * quotation, an event) and a hostile one, served by the real server on a free port.
 */
final class SiteFixture implements AutoCloseable {

    static final String UNDERSTOOD = "http://example.org/report/feedface00000001";
    static final String ZEINE = "http://example.org/entity/Q116231425";
    static final String EVENT = "http://example.org/event/feedface00000001-1";
    static final String QUOTE = "http://example.org/quote/feedface00000001-1";
    static final String HOSTILE_HEADLINE = "<script>alert('headline')</script> Hostile";
    static final String HOSTILE_BODY = "Text \"><img src=x onerror=alert(1)> and <script>alert(2)</script> end.";
    static final String HOSTILE_PLACE = "\"><img src=x onerror=alert(3)>";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final ReportStore store;
    final DatelineServer server;
    final MappedReport niger;
    final MappedReport hostile;
    final Path dumps;

    SiteFixture(Path dir) {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        niger = TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey");
        store.put(niger);
        store.put(TestReports.mapped("b.txt", "Mali leaves bloc", "Mali left the bloc.", "Bamako"));
        hostile = TestReports.mapped("evil.txt", HOSTILE_HEADLINE, HOSTILE_BODY, HOSTILE_PLACE);
        store.put(hostile);
        store.put(understood());
        dumps = dir.resolve("dumps");
        server = DatelineServer.start(store.dataset(), TestReports.IRIS, dumps, 0, true, Duration.ofSeconds(5));
    }

    /** The HTML page a server at {@code base} gives for a resource named under the test IRIs' http://example.org. */
    static HttpResponse<String> page(String base, String iri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + iri.substring("http://example.org".length())))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The hand-made report of understood.trig, as the mapper's output would carry it. */
    static MappedReport understood() {
        Dataset ds = DatasetFactory.create();
        try (InputStream in = SiteFixture.class.getResourceAsStream("understood.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(ds);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Model graph = ds.getNamedModel(UNDERSTOOD);
        Model entities = ds.getNamedModel(TestReports.IRIS.entitiesGraph());
        return new MappedReport(UNDERSTOOD, "file:///reports/understood.txt", 1, graph, entities);
    }

    /** The local path of an IRI under the test base. */
    String links(String iri) {
        return iri.substring("http://example.org".length());
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
