package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.bench.ReportGenerator;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.IngestorIntake;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.publish.DatelineServer;
import org.dateline.publish.WriteToken;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write endpoint over real HTTP, into a real TDB2 store through the real pipeline
 * (metadata only): 201 and 422 with what became of each report, 401 and 403, 413, 415, DELETE,
 * and no endpoint at all without a token.
 */
class WriteEndpointTest {

    private static final String TOKEN = "3f5a9c0e7b2d4f6a8c1e3b5d7f9a0c2e";
    private static final long LIMIT = 64 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;
    private static final List<String> LINES = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        store = ReportStore.open(dir.resolve("db"), iris);
        Ingestor ingestor = new Ingestor(Stages.processor(iris, Understander.NONE, ReportLinker.NONE), store,
                new RejectedFolder(dir.resolve("db-rejected"), iris));
        Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        server = DatelineServer.create(store.dataset()).iris(iris).port(0).loopbackOnly(false)
                .writes(new IngestorIntake(ingestor, store, dir.resolve("db-posted"), r -> LINES.add(r.line())),
                        WriteToken.fromFile(tokenFile), LIMIT)
                .start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aReportPostedAsTextMarkdownHtmlOrMultipartIsStoredAndAnswered201WithItsIriAndStatus() throws Exception {
        HttpResponse<String> text = post("text/plain", read("chad-french-troops.txt"), TOKEN);
        assertEquals(201, text.statusCode(), text.body());
        JsonObject report = onlyReport(text);
        assertEquals("ok", report.getString("status"));
        String iri = report.getString("iri");
        assertEquals(Optional.of(iri), text.headers().firstValue("Location"));
        assertTrue(store.contains(iri));
        assertTrue(LINES.stream().anyMatch(line -> line.startsWith("ok  ") && line.contains(iri)),
                "the server prints the line ingest prints: " + LINES);

        for (String[] variant : new String[][] {{"text/markdown; charset=utf-8", "niger-iran-talks.md"},
                {"text/html", "mali-ecowas-exit.html"}}) {
            HttpResponse<String> response = post(variant[0], read(variant[1]), TOKEN);
            assertEquals(201, response.statusCode(), variant[1] + ": " + response.body());
            assertTrue(store.contains(onlyReport(response).getString("iri")));
        }

        String boundary = "dateline-test-boundary";
        byte[] multipart = multipart(boundary, "us-delegation-niamey.txt", read("us-delegation-niamey.txt"));
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create(server.reportsUrl()))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, upload.statusCode(), upload.body());
        assertTrue(store.contains(onlyReport(upload).getString("iri")));
        assertTrue(Files.exists(dir.resolve("db-posted").resolve("us-delegation-niamey.txt")), "kept under its own name");

        HttpResponse<String> again = post("text/plain", read("chad-french-troops.txt"), TOKEN);
        assertEquals("unchanged", onlyReport(again).getString("status"));
    }

    @Test
    void aChangedVersionPostedUnderTheSameNameReplacesTheEarlierReport() throws Exception {
        String first = onlyReport(post("text/plain?name=story.txt", generated(1), TOKEN)).getString("iri");
        HttpResponse<String> changed = post("text/plain?name=story.txt", generated(2), TOKEN);
        assertEquals(201, changed.statusCode(), changed.body());
        JsonObject report = onlyReport(changed);
        assertEquals("replaced", report.getString("status"));
        assertFalse(store.contains(first));
        assertTrue(store.contains(report.getString("iri")));
    }

    @Test
    void aReportThatFailsTheShapesIs422WithTheShaclReport() throws Exception {
        String headline = String.join(" ", Collections.nCopies(9, "Officials in Niamey discuss the long border security agreement again"));
        String body = "# " + headline + "\n\nNIAMEY, Jan 5 (Reuters) - Officials from Niger and Mali met on Friday to discuss "
                + "border security, the government said in a statement. The talks will continue next week in Bamako, officials "
                + "said. Ministers from both countries also discussed grain exports and the price of fuel with envoys, "
                + "according to a statement released after the meeting ended.\n";
        HttpResponse<String> response = post("text/markdown", body.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(422, response.statusCode(), response.body());
        JsonObject report = onlyReport(response);
        assertEquals("set aside", report.getString("status"));
        assertTrue(report.getString("reason").contains("at most 500 characters"), report.getString("reason"));
        assertFalse(store.contains(report.getString("iri")));
        Model shacl = ModelFactory.createDefaultModel();
        RDFParser.fromString(report.getString("validation"), Lang.TURTLE).parse(shacl);
        assertTrue(shacl.contains(null, shacl.createProperty("http://www.w3.org/ns/shacl#", "conforms"),
                shacl.createTypedLiteral(false)), report.getString("validation"));
    }

    @Test
    void aFileThatIsNotANewsReportIs422WithTheReason() throws Exception {
        HttpResponse<String> response = post("text/plain", "id,name,score\n1,alpha,3\n2,beta,4\n".getBytes(StandardCharsets.UTF_8), TOKEN);
        assertEquals(422, response.statusCode(), response.body());
        JsonObject report = onlyReport(response);
        assertEquals("set aside", report.getString("status"));
        assertTrue(report.getString("reason").startsWith("not a news report"), report.getString("reason"));
    }

    @Test
    void withoutTheTokenItIs401AndWithAnotherItIs403AndNothingIsStored() throws Exception {
        long before = store.reportCount();
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(server.reportsUrl()))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(read("niger-iran-talks.md")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, none.statusCode(), none.body());
        assertEquals(Optional.of("Bearer realm=\"dateline\""), none.headers().firstValue("WWW-Authenticate"));
        assertEquals(Optional.of("close"), none.headers().firstValue("Connection"), "a refusal with the body unread closes the connection");

        HttpResponse<String> wrong = post("text/plain", read("niger-iran-talks.md"), TOKEN.replace('3', '4'));
        assertEquals(403, wrong.statusCode(), wrong.body());
        HttpResponse<String> prefix = post("text/plain", read("niger-iran-talks.md"), TOKEN.substring(0, 20));
        assertEquals(403, prefix.statusCode(), "a prefix of the token is not the token");
        assertEquals(before, store.reportCount());
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        byte[] large = ("# Large\n\n" + "word ".repeat((int) LIMIT / 4)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, post("text/plain", large, TOKEN).statusCode());
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create(server.reportsUrl()))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        String boundary = "b0undary";
        byte[] largeUpload = multipart(boundary, "big.txt", large);
        HttpResponse<String> multipart = HTTP.send(HttpRequest.newBuilder(URI.create(server.reportsUrl()))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(largeUpload)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, multipart.statusCode(), multipart.body());
    }

    @Test
    void aBodyOfAnotherKindIs415() throws Exception {
        assertEquals(415, post("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, TOKEN).statusCode());
    }

    @Test
    void deleteOfAReportIriRemovesIt() throws Exception {
        String iri = onlyReport(post("text/plain", generated(3), TOKEN)).getString("iri");
        URI page = URI.create("http://localhost:" + server.port() + "/" + iri.substring(IriScheme.DEFAULT_BASE.length()));
        assertEquals(401, HTTP.send(HttpRequest.newBuilder(page).DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(store.contains(iri));
        HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(page).header("Authorization", "Bearer " + TOKEN)
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertFalse(store.contains(iri));
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(page).header("Authorization", "Bearer " + TOKEN).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void writesFromAnotherMachineOverPlainHttpAreRefused() throws Exception {
        Optional<InetAddress> own = ownNetworkAddress();
        Assumptions.assumeTrue(own.isPresent(), "no network address besides loopback: skipped");
        URI remote = URI.create("http://" + own.get().getHostAddress() + ":" + server.port() + "/dateline/reports");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(remote).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(read("niger-iran-talks.md")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("HTTPS or from this machine"), response.body());
    }

    @Test
    void withoutATokenThereIsNoWriteEndpoint() throws Exception {
        try (DatelineServer readOnly = DatelineServer.create(store.dataset()).port(0).start()) {
            assertEquals(null, readOnly.reportsUrl());
            long before = store.reportCount();
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.port()
                    + "/dateline/reports")).header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(read("niger-iran-talks.md"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(post.statusCode() == 404 || post.statusCode() == 405, post.statusCode() + " " + post.body());
            String some = onlyReport(post("text/plain", generated(4), TOKEN)).getString("iri");
            HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + readOnly.port() + "/"
                    + some.substring(IriScheme.DEFAULT_BASE.length()))).header("Authorization", "Bearer " + TOKEN).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, delete.statusCode(), delete.body());
            assertTrue(store.contains(some));
            assertTrue(store.reportCount() >= before);
        }
    }

    private static HttpResponse<String> post(String contentTypeAndQuery, byte[] body, String token)
            throws IOException, InterruptedException {
        String[] parts = contentTypeAndQuery.split("\\?", 2);
        URI uri = URI.create(server.reportsUrl() + (parts.length > 1 ? "?" + parts[1] : ""));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", parts[0]).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject onlyReport(HttpResponse<String> response) {
        JsonObject body = JSON.parse(response.body());
        assertNotNull(body.get("reports"), response.body());
        assertEquals(1, body.get("reports").getAsArray().size(), response.body());
        return body.get("reports").getAsArray().get(0).getAsObject();
    }

    /** A report no other test posts: generated, its own text. */
    private static byte[] generated(int seed) throws IOException {
        Path folder = dir.resolve("generated-" + seed);
        return Files.readAllBytes(new ReportGenerator(seed).write(folder, 1).get(0));
    }

    private static byte[] read(String example) throws IOException {
        return Files.readAllBytes(Path.of("examples", example));
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Optional<InetAddress> ownNetworkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
