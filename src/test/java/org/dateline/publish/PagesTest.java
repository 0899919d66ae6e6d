package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people see on the pages, from a real store with mentions, a role, a quotation and an event. */
class PagesTest {

    @TempDir
    static Path dir;

    private static SiteFixture site;

    @BeforeAll
    static void start() {
        site = new SiteFixture(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Document page(String path) throws Exception {
        var response = site.get(path, "text/html");
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static List<String> links(Document doc, String css) {
        return doc.select(css).stream().map(a -> a.text() + " -> " + a.attr("href")).toList();
    }

    @Test
    void reportPageLinksEveryMentionAtItsCodePointOffsets() throws Exception {
        Document doc = page("/report/feedface00000001");
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("Niger's prime minister meets Raeisi in Tehran", doc.selectFirst("h1").text());
        // The two flags before "met" are 4 code points but 8 UTF-16 units: counted wrong, the later
        // mentions would be shifted by four characters.
        assertEquals(List.of("Niger -> /entity/niger", "Ali Mahaman Lamine Zeine -> /entity/Q116231425",
                "Ebrahim Raeisi -> /entity/ebrahim-raeisi", "Tehran -> /entity/tehran"), links(doc, "a.mention"));
        // Hash IRIs resolve in the page too: the body context and each mention carry their fragment as id.
        assertEquals("section", doc.getElementById("char=0,166").tagName());
        assertEquals("Tehran", doc.getElementById("char=83,89").text());
        Element time = doc.selectFirst("time.mention");
        assertEquals("16 January", time.text());
        assertEquals("2024-01-16", time.attr("datetime"));
        assertEquals(2, doc.select(".body p").size(), "a blank line starts a new paragraph");
        String facts = doc.selectFirst("dl.facts").text();
        assertEquals("Published 2024-01-17 inferred Publisher Radio Habana Cuba Dateline Tehran, Jan 17 (RHC)-- (Tehran) "
                + "Source file:///reports/understood.txt", facts);
    }

    @Test
    void reportPageShowsQuotationsWithSpeakersAndEventsWithATimeline() throws Exception {
        Document doc = page("/report/feedface00000001");
        Element quote = doc.selectFirst("ul.quotes figure");
        assertEquals("We respect the choices of the people of Niger", quote.selectFirst("blockquote").text());
        assertEquals("/entity/Q116231425", quote.selectFirst("figcaption a").attr("href"));
        assertTrue(quote.selectFirst("figcaption").text().contains("direct quote"));
        assertEquals("CONSULT: Ali Mahaman Lamine Zeine → Ebrahim Raeisi, 2024-01-16 asserted “met”",
                doc.selectFirst("ul.events li").text());
        assertEquals(List.of("CONSULT -> /event/feedface00000001-1"), links(doc, "ol.timeline a"));
        assertEquals(List.of("Turtle -> /report/feedface00000001.ttl", "JSON-LD -> /report/feedface00000001.jsonld",
                "N-Triples -> /report/feedface00000001.nt", "RDF/XML -> /report/feedface00000001.rdf",
                "TriG -> /report/feedface00000001.trig"), links(doc, "p.formats a"));
    }

    @Test
    void reportWithoutUnderstandingStillReads() throws Exception {
        Document doc = page("/report/" + site.niger.reportIri().substring(site.niger.reportIri().lastIndexOf('/') + 1));
        assertEquals("Niger revokes accord", doc.selectFirst("h1").text());
        assertEquals("Niger revoked the accord.", doc.selectFirst(".body p").text());
        assertTrue(doc.select("a.mention").isEmpty());
        assertTrue(doc.text().contains("No quotations recorded for this report."));
        assertTrue(doc.text().contains("No events recorded for this report."));
    }

    @Test
    void entityPageShowsNamesWikidataRolesReportsQuotesEventsAndCoMentions() throws Exception {
        Document doc = page("/entity/Q116231425");
        assertEquals("Ali Mahaman Lamine Zeine", doc.selectFirst("h1").text());
        assertEquals("Type person Also called Ali Lamine Zeine; Zeine Same as Wikidata Q116231425", doc.selectFirst("dl.facts").text());
        assertEquals("https://www.wikidata.org/wiki/Q116231425", doc.selectFirst("dl.facts a").attr("href"));
        assertEquals("prime minister of Niger — stated in Niger's prime minister meets Raeisi in Tehran",
                doc.selectFirst("#roles-heading").parent().selectFirst("li").text());
        assertEquals(List.of("Niger's prime minister meets Raeisi in Tehran -> /report/feedface00000001"),
                links(doc, "ol.reports a"));
        assertEquals("We respect the choices of the people of Niger", doc.selectFirst("ul.quotes blockquote").text());
        assertEquals(List.of("CONSULT -> /event/feedface00000001-1", "Ali Mahaman Lamine Zeine -> /entity/Q116231425",
                "Ebrahim Raeisi -> /entity/ebrahim-raeisi"), links(doc, "ul.events a"));
        assertEquals(List.of("Ebrahim Raeisi -> /entity/ebrahim-raeisi", "Niger -> /entity/niger", "Tehran -> /entity/tehran"),
                links(doc, "ul.comentioned a"));
    }

    @Test
    void entityPagesShowTheRolesHeldInThemAndTheEventsAtThem() throws Exception {
        Document niger = page("/entity/niger");
        assertEquals("Roles in Niger", niger.selectFirst("#roles-in-heading").text());
        assertEquals(List.of("prime minister of Niger: Ali Mahaman Lamine Zeine — stated in Niger's prime minister meets Raeisi in Tehran"),
                niger.select("ul.roles-in li").eachText());
        assertEquals(null, niger.selectFirst("#roles-heading"), "a country gives roles: no \"No roles recorded\"");
        assertTrue(page("/entity/ebrahim-raeisi").selectFirst("#roles-heading + p").text().equals("No roles recorded."));
        Document tehran = page("/entity/tehran");
        assertEquals(List.of("CONSULT -> /event/feedface00000001-1", "Ali Mahaman Lamine Zeine -> /entity/Q116231425",
                "Ebrahim Raeisi -> /entity/ebrahim-raeisi"), links(tehran, "ul.events a"), "an event is listed at its place");
        assertEquals(null, tehran.selectFirst("#roles-in-heading"), "no roles are held in a city");
        assertEquals(null, tehran.selectFirst("nav.pager"), "one page");
    }

    @Test
    void eventPageShowsWhoWhatWhenWhereAndTheEvidence() throws Exception {
        Document doc = page("/event/feedface00000001-1");
        assertEquals("CONSULT event", doc.selectFirst("h1").text());
        assertEquals("Type CONSULT Actor Ali Mahaman Lamine Zeine Target Ebrahim Raeisi Date 2024-01-16 Place Tehran "
                + "Modality asserted Trigger met", doc.selectFirst("dl.facts").text());
        assertEquals("Niger's Prime Minister Ali Mahaman Lamine Zeine met President Ebrahim Raeisi in Tehran on 16 January.",
                doc.selectFirst("blockquote").text());
        assertEquals(List.of("Niger's prime minister meets Raeisi in Tehran -> /report/feedface00000001"),
                links(doc, "#reports-heading + ul a"));
    }

    @Test
    void aQuotationPageShowsTheWordsTheSpeakerAndTheSentencesAroundThem() throws Exception {
        Document doc = page("/quote/feedface00000001-1");
        assertEquals("Said by Ali Mahaman Lamine Zeine", doc.selectFirst("main h1").text());
        assertEquals("We respect the choices of the people of Niger", doc.selectFirst("figure blockquote").text());
        assertEquals("/entity/Q116231425", doc.selectFirst("figcaption a").attr("href"));
        assertEquals("We respect the choices of the people of Niger", doc.selectFirst("blockquote.context mark").text(),
                "the offsets place the quotation in the body");
        assertEquals("/report/feedface00000001", doc.selectFirst("#report-heading ~ p a").attr("href"));
        assertEquals(7, doc.select("details.statements tbody tr").size(), "the statements are still there");
    }

    @Test
    void theEntitiesGraphPageCountsWhatItDescribes() throws Exception {
        Document doc = page("/graph/entities");
        assertEquals("The entities graph", doc.selectFirst("main h1").text());
        assertEquals("2 people", doc.selectFirst("#kinds-heading + ul a[href=/browse/people]").text());
        assertTrue(doc.select("table.properties td").eachText().stream().noneMatch(t -> t.startsWith("beginindex")));
        assertTrue(doc.select("table.properties td code").eachText().contains("http://www.w3.org/2000/01/rdf-schema#label"));
    }

    @Test
    void homePageCountsListsAndOffersExamples() throws Exception {
        Document doc = page("/");
        assertEquals("4 reports 2 people 2 organisations 1 countries 4 places 1 events 1 quotations",
                doc.selectFirst("ul.stats").text());
        assertEquals(4, doc.select("#newest-heading + ol li").size());
        assertTrue(doc.select("#newest-heading + ol a").eachAttr("href").contains("/report/feedface00000001"));
        assertTrue(doc.select("code.example-query").eachText().stream()
                .anyMatch(q -> q.contains("SERVICE <https://query.wikidata.org/sparql>")));
        assertEquals("/search", doc.selectFirst("main form[role=search]").attr("action"));
    }

    @Test
    void theQueryEditorOpensOnAnExampleThatRunsOnThisDataset() throws Exception {
        String query = page("/query").selectFirst("#yasgui").attr("data-query");
        assertEquals(ExampleQueries.ALL.get(0).query(), query);
        assertTrue(site.store.dataset() != null && !new Sparql(site.store.dataset()).select(
                query.replaceAll("(?m)^PREFIX.*\n", "")).isEmpty(), "the example finds reports");
        assertEquals("SELECT 1", page("/query?query=SELECT+1").selectFirst("#yasgui").attr("data-query"));
    }

    @Test
    void searchFindsWordsInHeadlinesAndBodiesCaseInsensitively() throws Exception {
        Document tehran = page("/search?q=TEHRAN");
        assertEquals(List.of("2024-01-17 — Niger's prime minister meets Raeisi in Tehran"),
                tehran.select("ol.reports li").stream().map(li -> {
                    Element item = li.clone();
                    item.select("p.snippet").remove();
                    return item.text();
                }).toList());
        assertEquals(List.of("Tehran"), tehran.select("ol.reports li p.snippet mark").eachText(), "the match is marked in the snippet");
        assertEquals(List.of("Niger revokes accord -> /report/" + site.niger.reportIri().substring(site.niger.reportIri().lastIndexOf('/') + 1)),
                links(page("/search?q=revoked+the"), "ol.reports a"));
        assertEquals(0, page("/search?q=nothing+like+this").select("ol.reports li").size());
        Document prefix = page("/search?q=Nig*");
        assertEquals(prefix.select("ol.reports li").size(), prefix.select("ol.reports li p.snippet").size());
        assertTrue(prefix.select("ol.reports li p.snippet mark").eachText().stream().allMatch(w -> w.toLowerCase().startsWith("nig")),
                prefix.select("p.snippet").eachText().toString());
        assertTrue(links(prefix, "ol.reports a").contains("Niger revokes accord -> /report/"
                + site.niger.reportIri().substring(site.niger.reportIri().lastIndexOf('/') + 1)), "Nig* finds Niger");
        assertEquals(0, page("/search?q=iger*").select("ol.reports li").size(), "a prefix starts a word");
        assertEquals("nothing like this", page("/search?q=nothing+like+this").selectFirst("#search-q").attr("value"));
    }

    @Test
    void queryPageRunsYasguiFromThisServer() throws Exception {
        Document doc = page("/query");
        assertEquals(List.of("/static/yasgui/build/yasgui.min.js", "/static/query.js"), doc.select("script").eachAttr("src"));
        assertEquals("/dateline/sparql", doc.selectFirst("#yasgui").attr("data-endpoint"));
        var js = site.get("/static/yasgui/build/yasgui.min.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 500_000);
        assertEquals(200, site.get("/static/yasgui/build/yasgui.min.css", null).statusCode());
        assertEquals(404, site.get("/static/../templates/layout.html", null).statusCode());
    }

    @Test
    void ontologyPageListsEveryTermWithItsLabelAndComment() throws Exception {
        Document doc = page("/ontology");
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("ontology/dateline.ttl")).parse(ontology);
        Node definedBy = NodeFactory.createURI("https://w3id.org/dateline/ns");
        List<Node> terms = ontology.find(Node.ANY, RDFS.isDefinedBy.asNode(), definedBy).mapWith(t -> t.getSubject()).toList();
        assertEquals(true, terms.size() > 40, "terms: " + terms.size());
        for (Node term : terms) {
            Element row = doc.getElementById(term.getLocalName());
            assertTrue(row != null, "no row for " + term);
            String label = ontology.find(term, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            String comment = ontology.find(term, RDFS.comment.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertEquals(List.of(term.getURI(), label, comment), row.select("td").eachText());
        }
        assertEquals(16, page("/ontology/plover").select("tr[id]").stream()
                .filter(r -> r.text().startsWith("https://w3id.org/dateline/plover#")).count());
    }

    @Test
    void reportEntityAndEventPagesEndWithTheSameDataLinks() throws Exception {
        for (String iri : List.of(SiteFixture.UNDERSTOOD, SiteFixture.ZEINE, SiteFixture.EVENT)) {
            String path = site.links(iri);
            Element data = page(path).selectFirst("section[aria-labelledby=data-heading]");
            assertEquals("The data behind this page", data.selectFirst("h2").text(), path);
            assertEquals(iri, data.selectFirst("code").text(), path);
            assertEquals(java.util.Set.of(path + ".ttl", path + ".jsonld", path + ".nt", path + ".rdf", path + ".trig"),
                    java.util.Set.copyOf(data.select("p.formats a").eachAttr("href")), path);
        }
    }

    @Test
    void everyUnknownPathGetsTheSitesOwnNotFoundPage() throws Exception {
        for (String path : List.of("/no-such-page", "/no/such/page.ttl", "/static/none.css",
                "/entity/nobody", "/report/", "/dumps/other.nq.gz", "/ontology/none", "/%3Cscript%3Ealert(1)%3C/script%3E", "/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E")) {
            var response = site.get(path, "text/html");
            assertEquals(404, response.statusCode(), path);
            assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow()
                    .replace(";charset", "; charset"), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), path);
            Document doc = Jsoup.parse(response.body());
            assertEquals("Not found", doc.selectFirst("main h1").text(), path);
            assertEquals("/static/dateline.css", doc.selectFirst("link[rel=stylesheet]").attr("href"), path + ": styled");
            assertEquals("Dateline", doc.selectFirst("header.site a.brand").text(), path + ": the site's header");
            assertEquals(1, doc.select("footer.site").size(), path);
            assertEquals(List.of("/", "/search", "/query"), doc.select("#next-heading + ul a").eachAttr("href"), path);
            assertTrue(doc.select("script, img").isEmpty(), path + ": nothing from the request is run");
        }
        var head = SiteFixture.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url("/no-such-page")))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void everyPageHasALanguageOneHeadingAndLabelledFields() throws Exception {
        for (String path : List.of("/", "/report/feedface00000001", "/entity/Q116231425", "/event/feedface00000001-1",
                "/quote/feedface00000001-1", "/graph/entities", "/search?q=niger", "/query", "/ontology", "/ontology/plover",
                "/no-such-page")) {
            Document doc = Jsoup.parse(site.get(path, "text/html").body());
            assertEquals("en", doc.selectFirst("html").attr("lang"), path);
            assertEquals(1, doc.select("h1").size(), path);
            assertEquals(1, doc.select("main#main").size(), path);
            assertTrue(!doc.title().isBlank(), path);
            for (Element field : doc.select("input, textarea, select")) {
                String id = field.id();
                assertTrue(!id.isEmpty() && doc.select("label[for=" + id + "]").size() == 1, path + ": unlabelled " + field);
            }
            for (Element section : doc.select("section[aria-labelledby]")) {
                assertTrue(doc.getElementById(section.attr("aria-labelledby")) != null, path + ": " + section.attr("aria-labelledby"));
            }
        }
    }
}
