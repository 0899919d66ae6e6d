package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.TestReports;
import org.dateline.store.ReportStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browse pages over a real TDB2 store of 57 reports (more than a page) served by the real
 * server: each report mentions Niger, Mali and Ali Zeine, quotes Niger and tells a SANCTION event
 * dated 1960 + i; two plain reports add Niamey and Bamako as datelines.
 */
class BrowseTest {

    private static final int REPORTS = Browse.PAGE_SIZE + 7;
    private static final String BASE = "http://example.org/";
    private static final Property MEMBER = ResourceFactory.createProperty(Describer.HYDRA, "member");
    private static final Property TOTAL = ResourceFactory.createProperty(Describer.HYDRA, "totalItems");
    private static final Property NEXT = ResourceFactory.createProperty(Describer.HYDRA, "next");
    private static final Property PREVIOUS = ResourceFactory.createProperty(Describer.HYDRA, "previous");
    private static final Property VIEW = ResourceFactory.createProperty(Describer.HYDRA, "view");

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;

    @BeforeAll
    static void storeReports() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        for (int i = 1; i <= REPORTS; i++) {
            store.put(EntityPagingTest.sanctionReport(i));
        }
        server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return SiteFixture.HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), url(path));
    }

    private static List<String> items(Document page) {
        List<String> out = new ArrayList<>();
        page.select("ol.browse > li").forEach(li -> out.add(li.text()));
        return out;
    }

    @Test
    void theHomePageCountsLeadToTheBrowsePages() throws Exception {
        Document home = page("/");
        Element reports = home.selectFirst("ul.stats a[href=/browse/reports]");
        assertNotNull(reports, home.select("ul.stats").outerHtml());
        assertEquals(REPORTS + " reports", reports.text());
        for (String kind : List.of("people", "organisations", "countries", "places", "events", "quotations")) {
            assertNotNull(home.selectFirst("ul.stats a[href=/browse/" + kind + "]"), kind);
            assertEquals(200, get("/browse/" + kind, "text/html").statusCode(), kind);
        }
    }

    @Test
    void reportsAreListedNewestFirstAPageAtATime() throws Exception {
        Document first = page("/browse/reports");
        List<String> expected = new ArrayList<>();
        for (int i = REPORTS; i > 0; i--) {
            expected.add(LocalDate.of(2024, 1, 1).plusDays(i - 1) + " — Report " + i);
        }
        assertEquals(expected.subList(0, Browse.PAGE_SIZE), items(first));
        assertEquals("1–50 of " + REPORTS, first.selectFirst("p.range").text());
        assertNull(first.selectFirst("a[rel=prev]"));
        Element next = first.selectFirst("nav.pager a[rel=next]");
        assertEquals("/browse/reports?sort=date&page=2", next.attr("href"));

        Document second = page(next.attr("href"));
        assertEquals(expected.subList(Browse.PAGE_SIZE, REPORTS), items(second));
        assertNull(second.selectFirst("a[rel=next]"));
        assertEquals("/browse/reports?sort=date", second.selectFirst("nav.pager a[rel=prev]").attr("href"));

        List<String> oldest = items(page("/browse/reports?sort=oldest"));
        assertEquals(LocalDate.of(2024, 1, 1) + " — Report 1", oldest.get(0));
        assertEquals(expected.get(0) + " (3 entities)", items(page("/browse/reports?sort=entities")).get(0));
        assertEquals(items(page("/browse/reports?sort=nonsense&page=x")), items(first), "unknown sort and page: the defaults");
    }

    @Test
    void entitiesAreSortedByReportsByDateOrByName() throws Exception {
        List<String> countries = items(page("/browse/countries"));
        assertEquals(List.of("Mali (57 reports, latest 2024-02-26)", "Niger (57 reports, latest 2024-02-26)"),
                countries.subList(0, 2));
        List<String> people = items(page("/browse/people?sort=name"));
        assertTrue(people.contains("Ali Zeine (57 reports, latest 2024-02-26)"), people.toString());
        Document byName = page("/browse/countries?sort=name");
        assertEquals("name", byName.selectFirst("nav.sorts strong").text());
        assertEquals("/browse/countries?sort=date", byName.selectFirst("nav.sorts a:contains(newest)").attr("href"));
    }

    @Test
    void eventsAreNarrowedByCategoryAndYear() throws Exception {
        Document all = page("/browse/events");
        assertEquals(Browse.PAGE_SIZE, items(all).size());
        assertTrue(items(all).get(0).contains(String.valueOf(1960 + REPORTS)), items(all).get(0));
        Element sanction = all.selectFirst("nav.categories a[href*=category=SANCTION]");
        assertNotNull(sanction, all.select("nav.categories").outerHtml());
        assertTrue(sanction.text().endsWith("(" + REPORTS + ")"), sanction.text());

        Document year = page("/browse/events?category=SANCTION&year=1970");
        assertEquals(1, items(year).size());
        assertTrue(items(year).get(0).contains("1970"), items(year).get(0));
        assertEquals(List.of(), items(page("/browse/events?category=PROTEST")));
        assertTrue(items(page("/browse/events?sort=oldest")).get(0).contains("1961"));
        assertEquals(REPORTS, items(page("/browse/quotations")).size() + items(page("/browse/quotations?page=2")).size());
    }

    @Test
    void eachPageIsAlsoDataWithItsPlaceInTheCollection() throws Exception {
        HttpResponse<String> turtle = get("/browse/reports", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals("/browse/reports.ttl?sort=date", turtle.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(turtle.headers().firstValue("Link").orElseThrow().contains("</browse/reports?sort=date&page=2>; rel=\"next\""));
        Model first = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(first);
        Resource collection = first.createResource(BASE + "browse/reports");
        assertEquals(REPORTS, first.getProperty(collection, TOTAL).getInt());
        Set<String> members = new HashSet<>();
        first.listObjectsOfProperty(collection, MEMBER).forEachRemaining(m -> members.add(m.asResource().getURI()));
        assertEquals(Browse.PAGE_SIZE, members.size());
        Resource view = first.createResource(BASE + "browse/reports?sort=date");
        assertTrue(first.contains(collection, VIEW, view));
        assertEquals(BASE + "browse/reports?sort=date&page=2", first.getProperty(view, NEXT).getResource().getURI());

        HttpResponse<String> json = get("/browse/reports?page=2", "application/ld+json");
        Model second = ModelFactory.createDefaultModel();
        RDFParser.fromString(json.body(), Lang.JSONLD).parse(second);
        Set<String> more = new HashSet<>();
        second.listObjectsOfProperty(second.createResource(BASE + "browse/reports"), MEMBER)
                .forEachRemaining(m -> more.add(m.asResource().getURI()));
        assertEquals(REPORTS - Browse.PAGE_SIZE, more.size());
        assertFalse(more.stream().anyMatch(members::contains), "the pages do not overlap");
        Resource view2 = second.createResource(BASE + "browse/reports?sort=date&page=2");
        assertEquals(BASE + "browse/reports?sort=date", second.getProperty(view2, PREVIOUS).getResource().getURI());
        assertFalse(second.contains(view2, NEXT));

        assertEquals(200, get("/browse/countries.jsonld?sort=name", "text/html").statusCode());
        assertEquals(404, get("/browse/nothing", "text/html").statusCode());
    }
}
