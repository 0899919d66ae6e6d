package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dateline.TestReports;
import org.dateline.map.MappedReport;
import org.dateline.read.ReportDoc;
import org.dateline.store.ReportStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The captions a report's pictures had are on its page, over a real store and server. */
class ReportCaptionsTest {

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;
    private static MappedReport withCaptions;
    private static MappedReport without;

    @BeforeAll
    static void start() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        ReportDoc doc = TestReports.doc("c.txt", 1, "Floods in Niamey", "The river rose overnight.", "Niamey", "Sahel Dispatch");
        doc = new ReportDoc(doc.source(), doc.fingerprint(), doc.headline(), doc.body(),
                List.of("Residents wade through a flooded street in Niamey.", "The Niger river at dawn."), doc.byline(),
                doc.dateline(), doc.published(), doc.publisher(), doc.agencyName(), doc.language());
        withCaptions = TestReports.MAPPER.map(doc);
        store.put(withCaptions);
        without = TestReports.mapped("d.txt", "Markets reopen", "Markets reopened.", "Bamako");
        store.put(without);
        server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static Document page(MappedReport report) throws Exception {
        String iri = report.reportIri();
        return Jsoup.connect("http://localhost:" + server.port() + iri.substring("http://example.org".length())).get();
    }

    @Test
    void captionsAreShownUnderTheirHeading() throws Exception {
        Document doc = page(withCaptions);
        assertEquals("Picture captions", doc.selectFirst("#captions-heading").text());
        assertEquals(List.of("Residents wade through a flooded street in Niamey.", "The Niger river at dawn."),
                doc.select("ul.captions li").eachText());
        assertNull(page(without).selectFirst("#captions-heading"), "no captions, no section");
    }
}
