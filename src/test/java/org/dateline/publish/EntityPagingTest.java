package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.dateline.TestReports;
import org.dateline.link.ReportLinks;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;
import org.dateline.read.PartialDate;
import org.dateline.read.PublicationDate;
import org.dateline.read.ReportDoc;
import org.dateline.store.ReportStore;
import org.dateline.understand.Entity;
import org.dateline.understand.EntityType;
import org.dateline.understand.Event;
import org.dateline.understand.Mention;
import org.dateline.understand.Modality;
import org.dateline.understand.Quotation;
import org.dateline.understand.QuoteKind;
import org.dateline.understand.Role;
import org.dateline.understand.Understanding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity linked from more reports, roles, quotations and events than a page holds: its page and
 * its data document are paged alike, over a real TDB2 store served by the real server. Each of the
 * 57 reports, mapped by the real mapper, mentions Niger, states a role in it, quotes it and tells
 * an event with Niger as actor and Mali as target and place.
 */
class EntityPagingTest {

    private static final int REPORTS = Backlinks.PAGE_SIZE + 7;
    private static final String NIGER = "http://example.org/entity/niger";
    private static final String MALI = "http://example.org/entity/mali";
    private static final Property HYDRA_NEXT = ResourceFactory.createProperty(Describer.HYDRA, "next");
    private static final Property HYDRA_PREVIOUS = ResourceFactory.createProperty(Describer.HYDRA, "previous");

    @TempDir
    static Path dir;

    private static ReportStore store;
    private static DatelineServer server;
    private static final Set<String> REPORT_IRIS = new HashSet<>();

    @BeforeAll
    static void storeReports() {
        store = ReportStore.open(dir.resolve("db"), TestReports.IRIS);
        for (int i = 1; i <= REPORTS; i++) {
            MappedReport mapped = sanctionReport(i);
            REPORT_IRIS.add(mapped.reportIri());
            store.put(mapped);
        }
        server = DatelineServer.start(store.dataset(), TestReports.IRIS, dir.resolve("dumps"), 0, true, Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Report i, published on the i-th day of 2024, its event dated in year 1960 + i (so 57 events). */
    static MappedReport sanctionReport(int i) {
        String body = "Niger imposed sanctions on Mali, Prime Minister Ali Zeine said: \"We act now " + i + ".\"";
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(i - 1);
        ReportDoc doc = TestReports.doc("r" + i + ".txt", 1, "Report " + i, body, "Niamey", "Sahel Dispatch",
                new PartialDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        doc = new ReportDoc(doc.source(), doc.fingerprint(), doc.headline(), doc.body(), doc.captions(), doc.byline(),
                doc.dateline(), new PublicationDate(doc.published().date(), false, null), doc.publisher(), doc.agencyName(),
                doc.language());
        int quoteBegin = body.indexOf("We act");
        Understanding understanding = new Understanding(
                List.of(new Entity("niger", EntityType.COUNTRY, "Niger", List.of()),
                        new Entity("mali", EntityType.COUNTRY, "Mali", List.of()),
                        new Entity("zeine", EntityType.PERSON, "Ali Zeine", List.of())),
                List.of(new Mention(0, 5, "Niger", "niger"), new Mention(27, 31, "Mali", "mali"),
                        new Mention(48, 57, "Ali Zeine", "zeine")),
                List.of(new Role("zeine", "prime minister", "niger")),
                List.of(new Quotation(quoteBegin, body.length() - 2, body.substring(quoteBegin, body.length() - 2), "niger",
                        QuoteKind.DIRECT)),
                List.of(),
                List.of(new Event("SANCTION", "niger", "mali", String.valueOf(1960 + i), "mali", "imposed sanctions on",
                        0, body.length(), body, Modality.ASSERTED, null, null, null, null)));
        return TestReports.MAPPER.map(doc, understanding, ReportLinks.NONE);
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return SiteFixture.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.uri().toString());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        return model;
    }

    /** The subjects that point at the object by the property. */
    private static Set<String> subjects(Model model, String property, String object) {
        Set<String> out = new HashSet<>();
        model.listSubjectsWithProperty(ResourceFactory.createProperty(property), model.createResource(object))
                .forEachRemaining(s -> out.add(s.getURI()));
        return out;
    }

    /** What points at Niger and Mali in a page of their documents, by kind. */
    private static Map<String, Set<String>> backlinks(Model niger, Model mali) {
        return Map.of(
                "reports", subjects(niger, Vocab.MENTIONS.getURI(), NIGER),
                "roles", subjects(niger, Vocab.ROLE_OF.getURI(), NIGER),
                "quotations", subjects(niger, Vocab.SPEAKER.getURI(), NIGER),
                "events as actor", subjects(niger, Vocab.ACTOR.getURI(), NIGER),
                "events as target or place", union(subjects(mali, Vocab.TARGET.getURI(), MALI), subjects(mali, Vocab.PLACE_OF_EVENT.getURI(), MALI)));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    @Test
    void theDataOfAnEntityHoldsItsBacklinksAPageAtATime() throws Exception {
        HttpResponse<String> firstTurtle = get("/entity/niger", "text/turtle");
        Model niger1 = parse(firstTurtle, Lang.TURTLE);
        Model mali1 = parse(get("/entity/mali", "application/ld+json"), Lang.JSONLD);
        Map<String, Set<String>> first = backlinks(niger1, mali1);
        first.forEach((kind, subjects) -> assertEquals(Backlinks.PAGE_SIZE, subjects.size(), kind));
        assertTrue(REPORT_IRIS.containsAll(first.get("reports")));
        assertTrue(niger1.contains(niger1.createResource(NIGER), RDF.type, niger1.createResource(Vocab.COUNTRY.getURI())),
                "the entity's own description is on every page");

        // A role has no document of its own: its title and holder come with it.
        String role = first.get("roles").iterator().next();
        Resource roleNode = niger1.createResource(role);
        assertTrue(niger1.contains(roleNode, Vocab.ROLE_TITLE, "prime minister"));
        assertTrue(niger1.contains(niger1.createResource("http://example.org/entity/ali-zeine"), Vocab.HAS_ROLE, roleNode));

        // Where the next page is: in the data (Hydra) and in the Link header.
        assertEquals(List.of(NIGER + "?page=2"), objects(niger1, NIGER + "?page=1", HYDRA_NEXT));
        assertTrue(firstTurtle.headers().firstValue("Link").orElseThrow().contains("</entity/niger?page=2>; rel=\"next\""));

        HttpResponse<String> secondJson = get("/entity/niger?page=2", "application/ld+json");
        Model niger2 = parse(secondJson, Lang.JSONLD);
        Model mali2 = parse(get("/entity/mali.ttl?page=2", "text/html"), Lang.TURTLE);
        Map<String, Set<String>> second = backlinks(niger2, mali2);
        second.forEach((kind, subjects) -> assertEquals(REPORTS - Backlinks.PAGE_SIZE, subjects.size(), kind));
        for (String kind : first.keySet()) {
            Set<String> all = union(first.get(kind), second.get(kind));
            assertEquals(REPORTS, all.size(), kind + ": the two pages hold every link once");
        }
        assertEquals(REPORT_IRIS, union(first.get("reports"), second.get("reports")));
        assertEquals(List.of(), objects(niger2, NIGER + "?page=2", HYDRA_NEXT), "the last page");
        assertEquals(List.of(NIGER + "?page=1"), objects(niger2, NIGER + "?page=2", HYDRA_PREVIOUS));
        assertTrue(secondJson.headers().firstValue("Link").orElseThrow().contains("</entity/niger?page=1>; rel=\"prev\""));
        assertFalse(secondJson.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));

        Model beyond = parse(get("/entity/niger?page=3", "text/turtle"), Lang.TURTLE);
        assertEquals(Set.of(), subjects(beyond, Vocab.MENTIONS.getURI(), NIGER), "past the last page: no links");
        assertEquals(404, get("/entity/nobody?page=2", "text/turtle").statusCode());
    }

    @Test
    void thePageOfAnEntityListsReportsNewestFirstPagedLikeItsData() throws Exception {
        Document first = Jsoup.connect(url("/entity/niger")).get();
        assertEquals(REPORTS + " reports refer to this entity.", first.selectFirst("#reports-heading + p").text());
        List<String> expected = new ArrayList<>();
        for (int i = REPORTS; i > REPORTS - Backlinks.PAGE_SIZE; i--) {
            expected.add(LocalDate.of(2024, 1, 1).plusDays(i - 1) + " — Report " + i);
        }
        assertEquals(expected, first.select("ol.reports li").eachText());
        assertEquals(Backlinks.PAGE_SIZE, first.select("ul.roles-in li").size());
        assertEquals(Backlinks.PAGE_SIZE, first.select("ul.quotes > li").size());
        assertEquals(Backlinks.PAGE_SIZE, first.select("ul.events > li").size());
        assertEquals(List.of("Next page"), first.select("nav.pager a").eachText());
        assertEquals("/entity/niger?page=2", first.selectFirst("link[rel=next]").attr("href"));

        Document second = Jsoup.connect(url(first.selectFirst("nav.pager a[rel=next]").attr("href"))).get();
        List<String> rest = new ArrayList<>();
        for (int i = REPORTS - Backlinks.PAGE_SIZE; i >= 1; i--) {
            rest.add(LocalDate.of(2024, 1, 1).plusDays(i - 1) + " — Report " + i);
        }
        assertEquals(rest, second.select("ol.reports li").eachText());
        assertEquals(String.valueOf(Backlinks.PAGE_SIZE + 1), second.selectFirst("ol.reports").attr("start"));
        assertEquals(REPORTS - Backlinks.PAGE_SIZE, second.select("ul.events > li").size());
        assertEquals(List.of("Previous page"), second.select("nav.pager a").eachText());

        Document mali = Jsoup.connect(url("/entity/mali?page=2")).get();
        assertEquals(REPORTS - Backlinks.PAGE_SIZE, mali.select("ul.events > li").size(), "events where Mali is target or place");
        assertEquals("No quotations attributed to this entity.", Jsoup.connect(url("/entity/mali")).get()
                .selectFirst("#quotes-heading + p").text());
        assertEquals("No further quotations.", Jsoup.connect(url("/entity/niger?page=3")).get().selectFirst("#quotes-heading + p").text());
    }

    private static List<String> objects(Model model, String subject, Property property) {
        return model.listObjectsOfProperty(model.createResource(subject), property).mapWith(o -> o.asResource().getURI()).toList();
    }

    @Test
    void theDumpIsStaleAfterAnIngestUntilRewritten() {
        try (ReportStore other = ReportStore.open(dir.resolve("dump-db"), TestReports.IRIS)) {
            DumpWriter dumps = new DumpWriter(other.dataset(), dir.resolve("dump-files"));
            assertTrue(dumps.isStale(), "no dump yet");
            String empty = dumps.refresh();
            assertFalse(dumps.isStale());
            other.put(TestReports.mapped("a.txt", "Niger revokes accord", "Niger revoked the accord.", "Niamey"));
            assertTrue(dumps.isStale());
            String one = dumps.refresh();
            assertFalse(dumps.isStale());
            assertFalse(empty.equals(one));
            assertEquals(one, dumps.refresh(), "a fresh dump is not rewritten");
        }
    }
}
