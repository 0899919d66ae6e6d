package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch DIR} in a real child process: a file added, changed and removed under the
 * folder is ingested, replaced and removed while the server answers, with the lines ingest
 * prints; the dump and the VoID description follow; a reader polling all along never sees a
 * report graph change size (never half a report).
 */
class ServeWatchTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void filesAddedChangedAndRemovedUnderTheFolderFollowIntoTheServedStore() throws Exception {
        Path watched = Files.createDirectories(dir.resolve("inbox"));
        Files.copy(Path.of("examples", "niger-iran-talks.md"), watched.resolve("first.md"));
        Path report = watched.resolve("report.txt").toAbsolutePath();
        try (ServeProcess server = ServeProcess.start(dir, "--no-nlp", "--db", dir.resolve("db").toString(),
                "--watch", watched.toString(), "--watch-interval", "200");
                GraphSizeWatcher reader = new GraphSizeWatcher(server.url() + "dateline/sparql")) {
            String first = awaitLine(server, "ok  " + watched.resolve("first.md").toAbsolutePath());
            long triplesBefore = voidTriples(server);

            Files.copy(Path.of("examples", "chad-french-troops.txt"), report);
            String added = awaitLine(server, "ok  " + report);
            assertTrue(ask(server, "ASK { GRAPH <" + added + "> { <" + added + "> a <https://w3id.org/dateline/ns#Report> } }"));
            assertTrue(voidTriples(server) > triplesBefore, "VoID counts the new report");
            assertTrue(dump(server).containsNamedModel(added), "the dump holds the new report");

            Files.copy(Path.of("examples", "us-delegation-niamey.txt"), report, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String replaced = awaitLine(server, "replaced  " + report);
            assertTrue(!replaced.equals(added), "a changed text is a new report IRI");
            assertTrue(ask(server, "ASK { GRAPH <" + replaced + "> { ?s ?p ?o } }"));
            assertTrue(!ask(server, "ASK { GRAPH <" + added + "> { ?s ?p ?o } }"), "the earlier version is gone");
            Dataset afterChange = dump(server);
            assertTrue(afterChange.containsNamedModel(replaced) && !afterChange.containsNamedModel(added));

            Files.delete(report);
            assertEquals("removed  " + report + "  " + replaced, awaitLineStartingWith(server, "removed  " + report));
            awaitTrue(() -> !ask(server, "ASK { GRAPH <" + replaced + "> { ?s ?p ?o } }"), "the removed report leaves the store");
            assertEquals(triplesBefore, voidTriples(server), "VoID is back to the first report alone");
            Dataset afterRemoval = dump(server);
            assertTrue(afterRemoval.containsNamedModel(first) && !afterRemoval.containsNamedModel(replaced));

            reader.assertNoReportChangedSize();
            assertTrue(reader.polls() > 3, "the reader polled while the folder changed: " + reader.polls());
        }
    }

    /** The report IRI on the server's first line starting with {@code prefix} ("status  file  IRI"). */
    private static String awaitLine(ServeProcess server, String prefix) throws Exception {
        return awaitLineStartingWith(server, prefix + "  ").substring(prefix.length() + 2).split("\\s+")[0];
    }

    private static String awaitLineStartingWith(ServeProcess server, String prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Optional<String> line = server.output().stream().filter(l -> l.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line starting '" + prefix + "' in " + server.output() + " " + server.stderr());
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what);
            }
            Thread.sleep(100);
        }
    }

    static boolean ask(ServeProcess server, String query) {
        String answer = get(server.url() + "dateline/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        return answer.replaceAll("\\s", "").contains("\"boolean\":true");
    }

    private static long voidTriples(ServeProcess server) {
        Model description = ModelFactory.createDefaultModel();
        RDFParser.fromString(get(server.url() + ".well-known/void", "text/turtle"), Lang.TURTLE).parse(description);
        return description.listObjectsOfProperty(description.createResource(server.url() + ".well-known/void#dataset"),
                description.createProperty("http://rdfs.org/ns/void#triples")).next().asLiteral().getLong();
    }

    private static Dataset dump(ServeProcess server) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "dumps/dateline.nq.gz"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        Dataset dataset = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(response.body())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            RDFParser.fromString(bytes.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(dataset);
        }
        return dataset;
    }

    static String get(String url, String accept) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url + ": " + response.body());
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
