package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.IngestorIntake;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportIndex;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search by the store's report index, over real HTTP into a real TDB2 store, with reports
 * posted, replaced and deleted through the write endpoint and the real pipeline (metadata only):
 * each change shows in the next search, and an index deleted from disk is rebuilt from the store
 * when it is next opened.
 */
class SearchIndexHttpTest {

    private static final String TOKEN = "0c2e4a6b8d1f3e5a7c9b0d2f4a6c8e1b";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final Pattern REPORT_COUNT = Pattern.compile("<strong>(\\d+)</strong> reports");

    @TempDir
    Path dir;

    @Test
    void postedReportsAreFoundReplacedOnesChangeAndDeletedOnesGo() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("db"), IRIS); DatelineServer server = start(store)) {
            String root = "http://localhost:" + server.port();
            String first = post(server, "story.md", report("Quokka census in Niamey", "quokkas"));
            List<String> found = results(root, "quokkas");
            assertEquals(List.of("2024-01-05 — Quokka census in Niamey"), found);
            Document page = page(root + "/search?q=quokkas");
            assertEquals(List.of("quokkas"), page.select("ol.reports li p.snippet mark").eachText(), "the matched word is marked");
            assertEquals(List.of(path(first)), page.select("ol.reports li a").eachAttr("href"));
            assertEquals(List.of("2024-01-05 — Quokka census in Niamey"), results(root, "Quok*"), "a prefix");
            assertEquals(List.of("2024-01-05 — Quokka census in Niamey"), results(root, "census niamey"), "every word, anywhere");
            assertEquals(List.of(), results(root, "census zebra"), "a word it lacks");

            String second = post(server, "story.md", report("Wombat census in Niamey", "wombats"));
            assertFalse(second.equals(first));
            assertEquals(List.of(), results(root, "quokkas"), "the replaced version is gone from the index");
            assertEquals(List.of("2024-01-05 — Wombat census in Niamey"), results(root, "wombats"));

            HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(root + path(second)))
                    .header("Authorization", "Bearer " + TOKEN).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, deleted.statusCode(), deleted.body());
            assertEquals(List.of(), results(root, "wombats"), "a deleted report is no longer found");
            assertEquals(0, number(REPORT_COUNT, page(root + "/").html()), "nor counted on the home page");
        }
    }

    @Test
    void anIndexDeletedFromDiskIsRebuiltFromTheStore() throws Exception {
        Path db = dir.resolve("db");
        try (ReportStore store = ReportStore.open(db, IRIS); DatelineServer server = start(store)) {
            post(server, "one.md", report("Pangolin trade talks", "pangolins"));
            post(server, "two.md", report("Okapi survey published", "okapis"));
        }
        Path index = db.resolve(ReportIndex.FOLDER);
        assertTrue(Files.isDirectory(index), "the index lives in the store's folder");
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertFalse(Files.exists(index));
        try (ReportStore store = ReportStore.open(db, IRIS); DatelineServer server = start(store)) {
            String root = "http://localhost:" + server.port();
            assertTrue(Files.isDirectory(index), "made again");
            assertEquals(List.of("2024-01-05 — Pangolin trade talks"), results(root, "pangolins"));
            assertEquals(List.of("2024-01-05 — Okapi survey published"), results(root, "okapis"));
            assertEquals(2, number(REPORT_COUNT, page(root + "/").html()));
        }
    }

    @Test
    void aStoreChangedBehindTheIndexsBackIsReindexedWhenOpened() throws Exception {
        Path db = dir.resolve("db");
        try (ReportStore store = ReportStore.open(db, IRIS); DatelineServer server = start(store)) {
            post(server, "one.md", report("Pangolin trade talks", "pangolins"));
        }
        // A report written to the TDB2 store alone, as by a process killed before the index's commit.
        Path file = Files.writeString(dir.resolve("hidden.md"), report("Aardvark count published", "aardvarks"));
        org.dateline.map.MappedReport hidden = new ReportMapper(IRIS, Clock.systemUTC(), "test").map(new SourceReader().read(file).get(0));
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.tdb2.TDB2Factory.connectDataset(db.toString()).asDatasetGraph();
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI(hidden.reportIri());
        org.apache.jena.system.Txn.executeWrite(dataset, () -> hidden.graph().getGraph().find()
                .forEach(t -> dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        try (ReportStore store = ReportStore.open(db, IRIS); DatelineServer server = start(store)) {
            String root = "http://localhost:" + server.port();
            assertEquals(List.of("2024-01-05 — Aardvark count published"), results(root, "aardvarks"));
            assertEquals(List.of("2024-01-05 — Pangolin trade talks"), results(root, "pangolins"));
        }
    }

    private DatelineServer start(ReportStore store) {
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE, ReportLinker.NONE,
                new ReportMapper(IRIS, Clock.systemUTC(), "test"), ShapeValidator.bundled());
        Ingestor ingestor = new Ingestor(processor, store, new RejectedFolder(dir.resolve("rejected"), IRIS));
        try {
            Path tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
            return DatelineServer.create(store.dataset()).iris(IRIS).port(0).loopbackOnly(true)
                    .writes(new IngestorIntake(ingestor, store, dir.resolve("posted"), r -> { }), WriteToken.fromFile(tokenFile), 64 * 1024)
                    .start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String report(String headline, String word) {
        return "# " + headline + "\n\nNIAMEY, Jan 5 2024 (Reuters) - Officials counted the " + word + " of the region on Friday, "
                + "the ministry said in a statement. The count will continue next week in the north and the east of the country, "
                + "officials from the environment ministry told reporters after the meeting.\n";
    }

    /** Posts a markdown file under {@code name} and returns the IRI of the report stored. */
    private static String post(DatelineServer server, String name, String text) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.reportsUrl() + "?name=" + name))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/markdown")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject body = JSON.parse(response.body());
        return body.get("reports").getAsArray().get(0).getAsObject().getString("iri");
    }

    private static String path(String iri) {
        return "/" + iri.substring(IRIS.base().length());
    }

    /** The search results as their titles read, without the snippets. */
    private static List<String> results(String root, String q) throws Exception {
        Document page = page(root + "/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        page.select("p.snippet").remove();
        return page.select("ol.reports li").eachText();
    }

    private static Document page(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return Jsoup.parse(response.body());
    }

    private static long number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), pattern + " in " + text);
        return Long.parseLong(m.group(1));
    }
}
