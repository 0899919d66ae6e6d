package org.dateline.read;

import static org.dateline.read.StructuredHtmlTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.pipeline.ProcessedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON files: a WordPress REST API post, a schema.org NewsArticle in JSON-LD, a list of either;
 * anything else is refused with one line saying what was expected.
 */
class JsonReportTest {

    @TempDir
    Path dir;

    private static PublicationDate stated(int year, int month, int day) {
        return new PublicationDate(new PartialDate(year, month, day), false, null);
    }

    @Test
    void wordPressPostWithEmbeddedAuthorAndYoastMetadata() throws Exception {
        List<ProcessedReport> reports = Converted.conforming(fixture("chad-election-wp-post.json"));
        assertEquals(1, reports.size());
        ReportDoc doc = reports.get(0).doc();
        assertEquals("Chad votes in election meant to end three years of military rule", doc.headline());
        // "date" is the site's local time; "date_gmt" (and Yoast's UTC time) fall on the 6th.
        assertEquals(stated(2024, 5, 7), doc.published());
        assertEquals("Lake Chad Monitor", doc.publisher());
        assertEquals("Hassan Abakar", doc.byline());
        assertEquals("N’Djamena", doc.dateline().place());
        assertEquals("Agence France-Presse", doc.agencyName());
        assertTrue(doc.body().startsWith("Voters in Chad went to the polls on Monday in a presidential election"),
                doc.body());
        assertTrue(doc.body().endsWith("Provisional results are due later this month."), doc.body());
        assertTrue(!doc.body().contains("Share this") && !doc.body().contains("Facebook"), doc.body());
        assertEquals(List.of("Voters queue outside a polling station in N’Djamena"), doc.captions());
        assertEquals(new Source(fixture("chad-election-wp-post.json").toUri().toString(), "chad-election-wp-post.json", 1,
                "https://lakechadmonitor.example/2024/05/07/chad-votes-in-election-meant-to-end-military-rule/"),
                doc.source());
    }

    @Test
    void jsonLdNewsArticleFile() throws Exception {
        ReportDoc doc = Converted.conforming(fixture("ecowas-niger-sanctions.jsonld")).get(0).doc();
        assertEquals("ECOWAS lifts most sanctions on Niger", doc.headline());
        assertEquals(stated(2024, 2, 24), doc.published());
        assertEquals("Niamey Post", doc.publisher());
        // The publisher listed among the authors is no byline.
        assertEquals("Ibrahim Moussa and Claire Martin", doc.byline());
        // The text's own dateline, written out, wins over the stated contentLocation.
        assertEquals(new Dateline("ABUJA, Feb 24 —", "Abuja", new PartialDate(null, 2, 24), null), doc.dateline());
        assertTrue(doc.body().startsWith("West African leaders on Saturday lifted most of the economic and financial"),
                doc.body());
        assertEquals(4, doc.body().split("\n\n").length);
        assertEquals("https://niameypost.example/2024/02/24/ecowas-lifts-sanctions-on-niger", doc.source().url());
    }

    @Test
    void aListOfPostsAndArticlesIsOneReportPerItemInOrder() throws Exception {
        Path file = fixture("lake-chad-monitor-posts.json");
        List<ProcessedReport> reports = Converted.conforming(file);
        assertEquals(3, reports.size());
        String uri = file.toUri().toString();
        for (int i = 0; i < 3; i++) {
            assertEquals(uri, reports.get(i).doc().source().uri());
            assertEquals(i + 1, reports.get(i).doc().source().position());
        }

        ReportDoc first = reports.get(0).doc();
        assertEquals("Déby declared winner of Chad’s presidential election", first.headline());
        assertEquals(stated(2024, 5, 9), first.published());
        assertNull(first.publisher(), "a bare post does not name its site");
        assertNull(first.byline(), "a bare post names its author by number only");
        assertTrue(first.body().startsWith("Chad’s election agency said on Thursday that the transitional president"),
                first.body());
        assertEquals("https://lakechadmonitor.example/2024/05/09/deby-declared-winner-of-chad-presidential-election/",
                first.source().url());

        ReportDoc second = reports.get(1).doc();
        assertEquals("Chad’s prime minister Masra resigns after losing presidential vote", second.headline());
        assertEquals(stated(2024, 5, 22), second.published());
        assertEquals("Achta Mahamat", second.byline());
        assertTrue(second.body().startsWith("Succès Masra resigned as Chad’s prime minister on Wednesday"), second.body());
        assertEquals(3, second.body().split("\n\n").length);

        ReportDoc third = reports.get(2).doc();
        assertEquals("Mauritania's Ghazouani wins second term", third.headline());
        assertEquals(stated(2024, 7, 1), third.published());
        assertEquals("Lake Chad Monitor", third.publisher());
        assertEquals("Hassan Abakar", third.byline());
        assertEquals("Nouakchott", third.dateline().place());
        // Line breaks without blank lines separate the stated body's paragraphs.
        assertEquals(3, third.body().split("\n\n").length);
        assertTrue(third.body().startsWith("Mauritania's President Mohamed Ould Ghazouani won a second term"), third.body());

        assertEquals(3, reports.stream().map(r -> r.mapped().reportIri()).distinct().count());
    }

    @Test
    void aJsonLdListOfNodesIsOneGraphWhoseArticlesAreTheReports() throws Exception {
        String body = ("NIAMEY, March 19 (AFP) — " + Fixtures.FIRST + "\n\n" + Fixtures.REST).replace("\n", "\\n");
        String nodes = "[\n"
                + "  {\"@context\": \"https://schema.org\", \"@type\": \"NewsMediaOrganization\", \"@id\": \"#org\","
                + " \"name\": \"Sahel Daily\"},\n"
                + "  {\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"headline\": \"" + Fixtures.TITLE + "\","
                + " \"datePublished\": \"2024-03-19\", \"publisher\": {\"@id\": \"#org\"}, \"author\": {\"@id\": \"#jd\"},"
                + " \"articleBody\": \"" + body + "\"},\n"
                + "  {\"@context\": \"https://schema.org\", \"@type\": \"Person\", \"@id\": \"#jd\", \"name\": \"Jane Doe\"}\n]\n";
        List<ProcessedReport> reports = Converted.conforming(Fixtures.write(dir, "nodes.jsonld", nodes));
        assertEquals(1, reports.size());
        ReportDoc doc = reports.get(0).doc();
        assertEquals(1, doc.source().position());
        assertEquals(Fixtures.TITLE, doc.headline());
        assertEquals(stated(2024, 3, 19), doc.published());
        assertEquals("Sahel Daily", doc.publisher());
        assertEquals("Jane Doe", doc.byline());
        assertEquals(Fixtures.BODY, doc.body());
    }

    @Test
    void aPostAloneAndTheSamePostInAListAreTheSameReport() throws Exception {
        String post = "{\"date\": \"2024-05-09T21:40:00\", \"link\": \"https://example.org/p/1\","
                + " \"title\": {\"rendered\": \"" + Fixtures.TITLE + "\"}, \"content\": {\"rendered\": \"<p>NIAMEY, March 19 — "
                + Fixtures.FIRST + "</p><p>" + Fixtures.SECOND + "</p><p>" + Fixtures.THIRD + "</p>\"}}";
        ReportDoc alone = new SourceReader().read(Fixtures.write(dir, "alone.json", post)).get(0);
        List<ReportDoc> listed = new SourceReader().read(Fixtures.write(dir, "listed.json",
                "[\n  " + post.replace("{\"", "{\n    \"") + ",\n" + post.replace("/p/1", "/p/2") + "\n]\n"));
        assertEquals(alone.fingerprint(), listed.get(0).fingerprint());
        assertNotEquals(listed.get(0).fingerprint(), listed.get(1).fingerprint());
        assertEquals(Fixtures.TITLE, alone.headline());
        assertEquals(Fixtures.BODY, alone.body());
    }

    @Test
    void utf16WordPressPostWithByteOrderMark() throws Exception {
        byte[] json = Files.readString(fixture("chad-election-wp-post.json")).getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[json.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(json, 0, bytes, 2, json.length);
        Path file = dir.resolve("post.json");
        Files.write(file, bytes);
        ReportDoc doc = Converted.conforming(file).get(0).doc();
        assertEquals("Chad votes in election meant to end three years of military rule", doc.headline());
        assertEquals(stated(2024, 5, 7), doc.published());
        assertEquals("Hassan Abakar", doc.byline());
    }

    @Test
    void jsonSavedAsTextIsReadAsJson() throws Exception {
        Path file = Fixtures.write(dir, "download", Files.readString(fixture("ecowas-niger-sanctions.jsonld")));
        assertEquals("ECOWAS lifts most sanctions on Niger", new SourceReader().read(file).get(0).headline());
    }

    private String refusal(String name, String text) throws Exception {
        Path file = Fixtures.write(dir, name, text);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> new SourceReader().read(file));
        assertEquals(file, e.path());
        assertTrue(!e.reason().contains("\n"), "one line");
        return e.reason();
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() throws Exception {
        assertEquals("not valid JSON: unexpected '}' (line 3, column 1)",
                refusal("bad.json", "{\n  \"title\": {\"rendered\": \"Talks end\"},\n}\n"));
        assertEquals("not valid JSON: unexpected character ''' (line 1, column 2)", refusal("quotes.json", "{'a': 1}"));
        assertEquals("not valid JSON: the text ends inside the JSON value", refusal("cut.json", "[{\"title\": {\"rendered\": \"x\""));
        assertEquals("not valid JSON: more text after the end of the JSON value", refusal("two.json", "{\"a\": 1}\n{\"a\": 2}\n"));
    }

    @Test
    void jsonThatIsNoArticleSaysWhatWasExpected() throws Exception {
        String expected = "expected a WordPress REST API post (title.rendered, content.rendered), "
                + "a schema.org NewsArticle in JSON-LD, or a list of either";
        assertEquals("a JSON object, not a news article: " + expected,
                refusal("package.json", "{\"name\": \"site\", \"version\": \"1.0.0\", \"private\": true}"));
        assertEquals("JSON-LD without an article (@type WebSite, Organization): " + expected,
                refusal("site.jsonld", "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\","
                        + " \"name\": \"Sahel Daily\"}, {\"@type\": \"Organization\", \"name\": \"Sahel Daily\"}]}"));
        assertEquals("an empty JSON list: " + expected, refusal("empty.json", "[]"));
        assertEquals("a JSON number, not a news article: " + expected + " (item 2 of 2)",
                refusal("mixed.json", "[" + Files.readString(fixture("ecowas-niger-sanctions.jsonld")) + ", 42]"));
        assertEquals("a JSON-LD article without an articleBody: no text to read",
                refusal("teaser.json", "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\","
                        + " \"headline\": \"Talks end\", \"datePublished\": \"2024-03-19\"}"));
        assertEquals("a WordPress REST API error (rest_post_invalid_id: Invalid post ID.), not a post",
                refusal("404.json", "{\"code\": \"rest_post_invalid_id\", \"message\": \"Invalid post ID.\", \"data\": {\"status\": 404}}"));
        assertEquals("a password-protected WordPress post: its content is not in the file",
                refusal("locked.json", "{\"title\": {\"rendered\": \"Protected: Talks\"}, \"content\": {\"rendered\": \"\", \"protected\": true}}"));
        assertEquals("not a news report: fewer than 25 words of prose (5)",
                refusal("short.json", "{\"title\": {\"rendered\": \"Talks\"}, \"content\": {\"rendered\": \"<p>The talks ended on Tuesday.</p>\"}}"));
    }

    @Test
    void deeplyNestedJsonIsRefusedBeforeParsing() throws Exception {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        assertEquals("JSON nested deeper than 64 levels", refusal("deep.json", deep));
    }
}
