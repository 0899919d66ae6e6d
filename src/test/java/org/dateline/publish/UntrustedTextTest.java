package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report text is untrusted: a hostile report shows as text on every page, and no page makes the
 * browser load anything from another host.
 */
class UntrustedTextTest {

    @TempDir
    static Path dir;

    private static SiteFixture site;
    private static String hostileReport;
    private static String hostilePlace;

    @BeforeAll
    static void start() {
        site = new SiteFixture(dir);
        hostileReport = site.links(site.hostile.reportIri());
        hostilePlace = "/entity/img-src-x-onerror-alert-3";
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static List<String> pages() {
        return List.of("/", hostileReport, hostilePlace, "/entity/sahel-dispatch", "/search?q=hostile",
                "/search?q=%3Cscript%3Ealert(9)%3C/script%3E", "/report/feedface00000001", "/entity/Q116231425",
                "/event/feedface00000001-1", "/quote/feedface00000001-1", "/graph/entities", "/query",
                "/query?query=%22%3E%3Cscript%3Ealert(8)%3C/script%3E", "/ontology", "/ontology/plover", "/shapes.html",
                "/browse/reports", "/browse/places?sort=name", "/browse/organisations", "/browse/quotations", "/browse/events",
                "/browse/events?category=%22%3E%3Cscript%3E&year=%22%3E", "/browse/reports?sort=%3Cscript%3E", "/search?q=hostil*",
                "/.well-known/void");
    }

    @Test
    void hostileHeadlineBodyAndNamesShowAsText() throws Exception {
        var response = site.get(hostileReport, "text/html");
        assertEquals(200, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertEquals(SiteFixture.HOSTILE_HEADLINE, doc.selectFirst("h1").text());
        assertEquals(SiteFixture.HOSTILE_BODY, doc.selectFirst(".body p").text());
        assertTrue(doc.selectFirst("dl.facts").text().contains(SiteFixture.HOSTILE_PLACE));
        assertTrue(response.body().contains("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; Hostile"));
        assertFalse(response.body().contains("<img src=x"));
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), csp);
    }

    @Test
    void noPageCarriesAScriptOrEventHandlerFromTheData() throws Exception {
        for (String path : pages()) {
            var response = site.get(path, "text/html");
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), path);
            Document doc = Jsoup.parse(response.body());
            for (Element script : doc.select("script")) {
                assertTrue(script.hasAttr("src") && script.data().isEmpty(), path + ": inline script " + script);
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), path + ": handler " + a);
                    assertFalse(a.getValue().trim().toLowerCase().startsWith("javascript:"), path + ": " + a);
                }
            }
            assertTrue(doc.select("img").isEmpty(), path + ": an img from the data");
        }
    }

    @Test
    void noPageReferencesAnotherHost() throws Exception {
        List<String> external = new ArrayList<>();
        for (String path : pages()) {
            Document doc = Jsoup.parse(site.get(path, "text/html").body());
            for (Element e : doc.select("[src], [href], [action], [data], [poster], [srcset]")) {
                for (String attr : List.of("src", "href", "action", "data", "poster", "srcset")) {
                    String value = e.attr(attr);
                    if (value.isEmpty()) {
                        continue;
                    }
                    URI uri = URI.create(value.replace(" ", "%20"));
                    // Plain links to Wikidata items are allowed; nothing else may leave the server.
                    boolean wikidataLink = e.tagName().equals("a") && value.startsWith("https://www.wikidata.org/wiki/Q");
                    if (uri.getHost() != null && !wikidataLink) {
                        external.add(path + ": <" + e.tagName() + " " + attr + "=" + value + ">");
                    }
                }
            }
        }
        assertEquals(List.of(), external);
        String css = site.get("/static/dateline.css", null).body();
        assertFalse(css.contains("url("), "the stylesheet loads nothing");
        assertFalse(css.contains("@import"), "the stylesheet loads nothing");
    }
}
