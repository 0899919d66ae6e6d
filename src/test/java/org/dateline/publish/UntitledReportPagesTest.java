package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.store.ReportStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report without a headline (stored, with a warning) is shown by the first words of its body in
 * italics and "(no headline)" on its page, on the home page, in search results and in an entity's
 * list of reports; never as an empty link, and its words are escaped like any report text.
 */
class UntitledReportPagesTest {

    private static final String BODY = "Officials in <b>Niamey</b> said on Tuesday that the talks on the security "
            + "agreement had ended without a deal.";
    private static final String OPENING = "Officials in <b>Niamey</b> said on Tuesday that the talks on the security…";

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;
    private static MappedReport untitled;

    @BeforeAll
    static void start() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        untitled = TestReports.mapped("untitled.txt", null, BODY, "Niamey");
        store.put(untitled);
        store.put(TestReports.mapped("titled.txt", "Niger revokes accord", "Niger revoked the accord in Niamey.", "Niamey"));
        server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theReportPageHeadsItWithItsFirstWords() throws Exception {
        Document doc = page(path(untitled));
        Element h1 = doc.selectFirst("h1");
        assertEquals(OPENING + " (no headline)", h1.text());
        assertEquals(OPENING, h1.selectFirst("i").text(), "the first words are in italics, escaped, not markup");
        assertTrue(h1.select("i b").isEmpty(), "the report's text is never markup");
        assertFalse(h1.hasAttr("property"), "the first words are not marked up as the headline");
        assertEquals(OPENING + " (no headline) · Dateline", doc.title());
    }

    @Test
    void listsNameItByItsFirstWords() throws Exception {
        String item = "2024-03-19 — " + OPENING + " (no headline)";
        assertTrue(page("/").select("#newest-heading + ol li").eachText().contains(item), "home page");
        assertEquals(List.of(item), searchResults("security agreement"), "search");
        assertTrue(page("/entity/niamey").select("ol.reports li").eachText().contains(item), "entity page");
        Element link = page("/search?q=security+agreement").selectFirst("ol.reports li a");
        assertNotNull(link);
        assertEquals(path(untitled), link.attr("href"));
        assertEquals(OPENING, link.selectFirst("i").text());
    }

    /** The search results as their titles read, without the snippet of the body under each. */
    private List<String> searchResults(String q) throws Exception {
        var doc = page("/search?q=" + q.replace(' ', '+'));
        assertTrue(doc.select("ol.reports li p.snippet").size() > 0, "a snippet under each result");
        doc.select("p.snippet").remove();
        return doc.select("ol.reports li").eachText();
    }

    @Test
    void aTitledReportKeepsItsHeadline() throws Exception {
        assertTrue(page("/").select("#newest-heading + ol li").eachText().contains("2024-03-19 — Niger revokes accord"));
        assertEquals(List.of("2024-03-19 — Niger revokes accord"), searchResults("revoked"));
    }

    @Test
    void openingIsTheFirstTwelveWords() {
        assertEquals("One two three", ReportTitle.opening("One two\n\nthree"));
        assertEquals("a b c d e f g h i j k l…", ReportTitle.opening("a b c d e f g h i j k l m"));
        assertEquals("Report (no headline)", ReportTitle.of(null, "").text());
        assertEquals("Headline", ReportTitle.of("Headline", "Body words").text());
    }

    private static String path(MappedReport report) {
        return report.reportIri().substring("http://example.org".length());
    }

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }
}
