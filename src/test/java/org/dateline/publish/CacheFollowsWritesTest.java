package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.dateline.TestReports;
import org.dateline.store.ReportStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages kept by {@link StoreCache} (browse listings, the home page, the VoID figures, the
 * documents of entities) follow
 * every write to a real TDB2 store served by the real server: each request after a commit shows
 * the store as it now is, and a request with no commit between is answered from the cache.
 */
class CacheFollowsWritesTest {

    private static final Pattern NIGER_REPORTS = Pattern.compile(">Niger</a> \\((\\d+) reports?");
    private static final Pattern REPORT_COUNT = Pattern.compile("<strong>(\\d+)</strong> reports");
    private static final Pattern VOID_TRIPLES = Pattern.compile("void:triples\\s+(\\d+)");

    @TempDir
    Path dir;

    @Test
    void browsePagesHomePageAndVoidShowEachCommit() throws Exception {
        try (ReportStore store = ReportStore.open(dir.resolve("db"), TestReports.IRIS)) {
            store.put(EntityPagingTest.sanctionReport(1));
            try (DatelineServer server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true,
                    Duration.ofSeconds(5))) {
                String root = "http://localhost:" + server.port();
                assertEquals(1, number(NIGER_REPORTS, get(root + "/browse/countries")));
                assertEquals(1, number(REPORT_COUNT, get(root + "/")));
                long triples = number(VOID_TRIPLES, get(root + "/.well-known/void"));
                String second = EntityPagingTest.sanctionReport(2).reportIri();
                String niger = root + "/entity/niger";
                assertFalse(get(niger + ".ttl").contains(second.substring(second.lastIndexOf('/') + 1)));
                assertFalse(get(niger).contains(second.substring(second.lastIndexOf('/') + 1)));

                store.put(EntityPagingTest.sanctionReport(2));
                assertTrue(get(niger + ".ttl").contains(second.substring(second.lastIndexOf('/') + 1)), "the entity's backlinks follow");
                assertTrue(get(niger).contains(second.substring(second.lastIndexOf('/') + 1)), "the entity's page follows");
                assertEquals(2, number(NIGER_REPORTS, get(root + "/browse/countries")), "a report added shows at once");
                assertEquals(2, number(REPORT_COUNT, get(root + "/")));
                long more = number(VOID_TRIPLES, get(root + "/.well-known/void"));
                assertTrue(more > triples, more + " triples after a report added to " + triples);

                store.delete(EntityPagingTest.sanctionReport(1).reportIri());
                assertEquals(1, number(NIGER_REPORTS, get(root + "/browse/countries")), "a report removed shows at once");
                assertEquals(1, number(REPORT_COUNT, get(root + "/")));
                assertEquals(triples, number(VOID_TRIPLES, get(root + "/.well-known/void")));
            }
        }
    }

    @Test
    void keepsAValueUntilTheNextCommit() {
        DatasetGraph dataset = TDB2Factory.createDataset().asDatasetGraph();
        StoreCache cache = new StoreCache(dataset);
        int[] computed = {0};
        assertEquals(1, (int) cache.get("key", () -> ++computed[0]));
        assertEquals(1, (int) cache.get("key", () -> ++computed[0]), "no commit: the kept value");
        assertEquals(2, (int) cache.get("other", () -> ++computed[0]), "another key: computed");
        Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/s"), NodeFactory.createURI("http://example.org/p"),
                NodeFactory.createLiteralString("o")));
        assertEquals(3, (int) cache.get("key", () -> ++computed[0]), "after a commit: computed again");
        assertEquals(3, (int) cache.get("key", () -> ++computed[0]));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", url.endsWith("void") || url.endsWith(".ttl") ? "text/turtle" : "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    private static long number(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertTrue(m.find(), pattern + " not in " + page);
        return Long.parseLong(m.group(1));
    }
}
