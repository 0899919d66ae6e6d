package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.pipeline.ProcessedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that state their metadata: schema.org JSON-LD first, then Open Graph and article meta
 * tags and {@code <time datetime>}, then the visible page. Fixtures are written for these tests
 * in the style of real pages (src/test/resources/org/dateline/read/structured).
 */
class StructuredHtmlTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(StructuredHtmlTest.class.getResource("structured/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ReportDoc converted(String name) throws Exception {
        List<ProcessedReport> reports = Converted.conforming(fixture(name));
        assertEquals(1, reports.size());
        return reports.get(0).doc();
    }

    @Test
    void jsonLdWinsOverOpenGraphAndTheVisiblePage() throws Exception {
        ReportDoc doc = converted("senegal-election-date.html");
        // JSON-LD's headline, not og:title, the <h1> or the <title>.
        assertEquals("Senegal sets March 24 for delayed presidential vote", doc.headline());
        // 23:40 at UTC-5 is 04:40 on the 7th in UTC (article:published_time, the visible date):
        // the page's own calendar date stands.
        assertEquals(new PublicationDate(new PartialDate(2024, 3, 6), false, null), doc.published());
        assertEquals("West Africa Wire", doc.publisher());
        // Authors through an @id reference and inline; the visible "By Staff" and the author
        // meta tag lose.
        assertEquals("Awa Ndiaye and Moussa Kane", doc.byline());
        // No dateline in the text: the stated contentLocation is the dateline's place.
        assertEquals(new Dateline("Dakar", "Dakar", null, null), doc.dateline());
        assertTrue(doc.body().startsWith("Senegal will hold its presidential election on March 24, the Constitutional"
                + " Council said on Wednesday,"), doc.body());
        assertTrue(doc.body().endsWith("whom the ruling coalition backs."), doc.body());
        assertTrue(!doc.body().contains("By Staff") && !doc.body().contains("March 7") && !doc.body().contains("Related"),
                doc.body());
        assertEquals(4, doc.body().split("\n\n").length);
        assertEquals(List.of("Supporters of opposition candidates at a rally in Dakar in February"), doc.captions());
        assertEquals("https://westafricawire.example/2024/03/06/senegal-sets-march-24-for-delayed-presidential-vote/",
                doc.source().url());
        assertEquals(fixture("senegal-election-date.html").toUri().toString(), doc.source().uri());
    }

    @Test
    void openGraphAuthorMetaAndTimeWithoutJsonLd() throws Exception {
        ReportDoc doc = converted("mali-parties-suspended.html");
        assertEquals("Mali's junta suspends the activities of political parties", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 4, 10), false, null), doc.published());
        // og:site_name, not the agency of the dateline.
        assertEquals("Sahel Observer", doc.publisher());
        assertEquals("Reuters", doc.agencyName());
        assertEquals("Fatoumata Diarra", doc.byline());
        assertEquals("Bamako", doc.dateline().place());
        assertTrue(doc.body().startsWith("Mali’s military government has suspended the activities of political parties"),
                doc.body());
        assertTrue(doc.body().endsWith("citing technical reasons."), doc.body());
        assertEquals("https://sahelobserver.example/news/mali-junta-suspends-political-parties", doc.source().url());
    }

    @Test
    void statedArticleBodyStandsInForATeaserAbovePaywall() throws Exception {
        ReportDoc doc = converted("burkina-broadcasters-paywall.html");
        assertEquals("Burkina Faso suspends BBC and VOA over report on army killings", doc.headline());
        assertEquals(new PublicationDate(new PartialDate(2024, 4, 25), false, null), doc.published());
        assertEquals("The Ouaga Ledger", doc.publisher());
        assertEquals("Ousmane Traoré", doc.byline());
        assertEquals(new Dateline("OUAGADOUGOU, April 25 —", "Ouagadougou", new PartialDate(null, 4, 25), null),
                doc.dateline());
        assertTrue(doc.body().startsWith("Burkina Faso's communications regulator suspended the radio programmes"),
                doc.body());
        assertTrue(doc.body().endsWith("which it has rejected in similar cases before."), doc.body());
        assertEquals(4, doc.body().split("\n\n").length);
        assertEquals("https://ouagaledger.example/world/burkina-suspends-bbc-voa", doc.source().url());
    }

    @Test
    void aPageWithoutStructuredMetadataKeepsItsVisibleHeader() throws Exception {
        String html = "<html><head><title>Talks in Tehran</title></head><body>\n"
                + "<p>By Jane Doe</p><p class=\"date\">Tue Mar 19 2024</p>\n"
                + "<p>TEHRAN (IRNA) -- " + Fixtures.FIRST + "</p>\n<p>" + Fixtures.SECOND + "</p>\n<p>"
                + Fixtures.THIRD + "</p>\n</body></html>\n";
        ReportDoc doc = Converted.conforming(Fixtures.write(dir, "page.html", html)).get(0).doc();
        assertEquals("Talks in Tehran", doc.headline());
        assertEquals("Jane Doe", doc.byline());
        assertEquals("2024-03-19", doc.published().date().lexical());
        assertNull(doc.source().url());
        assertEquals(Fixtures.BODY, doc.body());
    }

    @Test
    void theArticleAtTheCanonicalAddressAmongSeveralAndAHeadlineCutShort() throws Exception {
        String cut = "Junta ends defence accord with Washington after talks in Niamey end without a dea…";
        String full = "Junta ends defence accord with Washington after talks in Niamey end without a deal on troops";
        String html = "<!DOCTYPE html><html><head>\n"
                + "<link rel=\"canonical\" href=\"https://sahel.example/news/accord\">\n"
                + "<meta property=\"og:title\" content=\"" + full + "\">\n"
                + "<script type=\"application/ld+json\"><!--\n"
                + "[{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"url\": \"https://sahel.example/news/other\","
                + " \"headline\": \"Another story\", \"datePublished\": \"2023-01-01\"},\n"
                + " {\"@context\": \"https://schema.org\", \"@type\": \"https://schema.org/NewsArticle\","
                + " \"url\": \"https://sahel.example/news/accord\", \"headline\": \"" + cut + "\","
                + " \"datePublished\": \"2024-03-19T10:15:00+01:00\", \"author\": \"By Jane Doe\","
                + " \"publisher\": \"Sahel Daily\"}]\n"
                + "--></script></head><body><article>\n"
                + "<p>NIAMEY, March 19 (AFP) — " + Fixtures.FIRST + "</p><p>" + Fixtures.SECOND + "</p><p>" + Fixtures.THIRD
                + "</p></article></body></html>";
        ReportDoc doc = Converted.conforming(Fixtures.write(dir, "accord.html", html)).get(0).doc();
        assertEquals(full, doc.headline());
        assertEquals("2024-03-19", doc.published().date().lexical());
        assertEquals("Sahel Daily", doc.publisher());
        assertEquals("Jane Doe", doc.byline());
        assertEquals(Fixtures.BODY, doc.body());
        assertEquals("https://sahel.example/news/accord", doc.source().url());
    }

    @Test
    void aPageWhoseTextIsScriptedInIsReadFromItsStatedArticleBody() throws Exception {
        String body = ("NIAMEY, March 19 (AFP) — " + Fixtures.FIRST + "\n\n" + Fixtures.REST).replace("\n", "\\n");
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\": \"https://schema.org\","
                + " \"@type\": \"BlogPosting\", \"headline\": \"" + Fixtures.TITLE + "\", \"datePublished\": \"2024-03-19\","
                + " \"articleBody\": \"" + body + "\"}</script></head><body><div id=\"app\"><p>Loading…</p></div>"
                + "<noscript><p>Please enable JavaScript to read this article.</p></noscript></body></html>";
        ReportDoc doc = Converted.conforming(Fixtures.write(dir, "app.html", html)).get(0).doc();
        assertEquals(Fixtures.TITLE, doc.headline());
        assertEquals("2024-03-19", doc.published().date().lexical());
        assertEquals("Agence France-Presse", doc.publisher());
        assertNull(doc.byline());
        assertEquals("Niamey", doc.dateline().place());
        assertEquals(Fixtures.BODY, doc.body());
    }

    @Test
    void aPageWhoseTextAndStatedBodyAreNoReportIsRefusedForItsText() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Talks\","
                + " \"articleBody\": \"Talks ended.\"}</script></head><body><p>Loading the story.</p></body></html>";
        Path file = Fixtures.write(dir, "empty.html", html);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
                () -> new SourceReader().read(file));
        assertEquals("not a news report: no sentences", e.reason());
    }
}
