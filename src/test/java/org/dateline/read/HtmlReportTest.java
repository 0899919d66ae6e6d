package org.dateline.read;

import static org.dateline.read.Fixtures.BODY;
import static org.dateline.read.Fixtures.FIRST;
import static org.dateline.read.Fixtures.SECOND;
import static org.dateline.read.Fixtures.THIRD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved web pages: metadata first, then the article's paragraphs through the shared rules. */
class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void pageWithOpenGraphMetadata() throws Exception {
        String html = "<!DOCTYPE html>\n<html><head>\n<title>Junta ends accord | Sahel Daily</title>\n"
                + "<meta property=\"og:title\" content=\"Junta ends defence accord with Washington\">\n"
                + "<meta property=\"og:site_name\" content=\"Sahel Daily\">\n"
                + "<meta property=\"article:published_time\" content=\"2024-03-19T10:15:00Z\">\n"
                + "<style>p { color: red; }</style><script>var share = 1;</script></head>\n<body>\n"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n"
                + "<article><h1>Junta ends defence accord</h1>\n"
                + "<div class=\"share-buttons\"><a>Share on Facebook</a><a>Tweet</a></div>\n"
                + "<figure><img src=\"a.jpg\" alt=\"x\"><figcaption>Troops at the air base in Agadez</figcaption></figure>\n"
                + "<p>NIAMEY, March 18 (AFP) &mdash; " + FIRST + "</p>\n"
                + "<p>" + SECOND + "</p>\n<p>Advertisement</p>\n<p>" + THIRD + "</p>\n"
                + "<aside><p>Related: Mali and Burkina Faso leave the bloc</p></aside>\n</article>\n"
                + "<footer><p>Copyright Sahel Daily. All rights reserved.</p></footer>\n</body></html>\n";
        List<ReportDoc> reports = new SourceReader().read(Fixtures.write(dir, "page.html", html));
        assertEquals(1, reports.size());
        ReportDoc doc = reports.get(0);
        assertEquals("Junta ends defence accord with Washington", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 3, 19), false, null), doc.published());
        assertEquals("Sahel Daily", doc.publisher());
        assertEquals("Agence France-Presse", doc.agencyName());
        assertEquals(new Dateline("NIAMEY, March 18 (AFP) —", "Niamey", new PartialDate(null, 3, 18), "AFP"), doc.dateline());
        assertEquals(List.of("Troops at the air base in Agadez"), doc.captions());
        assertEquals(BODY, doc.body());
        assertEquals(1, doc.source().position());
        assertEquals(Fingerprint.of(html), doc.fingerprint());
    }

    @Test
    void plainPageWithoutMetadata() throws Exception {
        String html = "<html><head><title>Talks in Tehran</title></head><body>\n"
                + "<p class=\"date\">Tue Mar 19 2024</p>\n"
                + "<p>TEHRAN (IRNA) -- " + FIRST + "</p>\n<p>" + SECOND + "</p>\n<p>" + THIRD + "</p>\n"
                + "<p>Share this</p>\n</body></html>\n";
        // Saved with a .txt extension: the content says it is a page.
        ReportDoc doc = new SourceReader().read(Fixtures.write(dir, "page.txt", html)).get(0);
        assertEquals("Talks in Tehran", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 3, 19), false, null), doc.published());
        assertEquals("Islamic Republic News Agency", doc.publisher());
        assertEquals("Tehran", doc.dateline().place());
        assertEquals(BODY, doc.body());
    }

    @Test
    void pageHeadlineFromH1AndPublisherFromAgency() throws Exception {
        String html = "<!doctype html><html><body><header><h1>Junta &amp; Washington part ways</h1></header>\n"
                + "<main><p>By Jane Doe</p><p>Kyiv, 3 March (AFP) – " + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD
                + "</p></main></body></html>";
        ReportDoc doc = new SourceReader().read(Fixtures.write(dir, "p.htm", html)).get(0);
        assertEquals("Junta & Washington part ways", doc.headline());
        assertEquals("Jane Doe", doc.byline());
        assertEquals("Agence France-Presse", doc.publisher());
        assertEquals("2024-03-03", doc.published().date().lexical());
        assertEquals(true, doc.published().inferred());
        assertEquals(BODY, doc.body());
    }
}
