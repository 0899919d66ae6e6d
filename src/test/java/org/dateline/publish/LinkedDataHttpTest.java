package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.TestReports;
import org.dateline.map.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dereferencing over real HTTP: content negotiation, suffixes, 404, 406, ETags, CORS. */
class LinkedDataHttpTest {

    @TempDir
    static Path dir;

    private static SiteFixture site;

    private static final String REPORT_PATH = "/report/feedface00000001";
    private static final Map<String, Lang> ACCEPTS = Map.of(
            "text/turtle", Lang.TURTLE,
            "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES,
            "application/rdf+xml", Lang.RDFXML);

    @BeforeAll
    static void start() {
        site = new SiteFixture(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The report document: its graph and the descriptions of the entities it refers to. */
    private static Model expectedReport() {
        return ModelFactory.createDefaultModel().add(SiteFixture.understood().graph()).add(SiteFixture.understood().entities());
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }

    @Test
    void eachRdfMediaTypeInAcceptGivesTheReportDocumentInThatSyntax() throws Exception {
        for (Map.Entry<String, Lang> accept : ACCEPTS.entrySet()) {
            HttpResponse<String> response = site.get(REPORT_PATH, accept.getKey());
            assertEquals(200, response.statusCode(), accept.getKey());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(accept.getKey()), accept.getKey());
            assertTrue(response.headers().allValues("Vary").contains("Accept"));
            assertTrue(parse(response.body(), accept.getValue()).isIsomorphicWith(expectedReport()), accept.getKey());
        }
    }

    @Test
    void trigKeepsTheReportGraphAndTheEntityDescriptionsApart() throws Exception {
        HttpResponse<String> response = site.get(REPORT_PATH, "application/trig");
        assertEquals(200, response.statusCode());
        assertEquals("application/trig; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(response.body(), Lang.TRIG).parse(ds);
        assertTrue(ds.getNamedModel(SiteFixture.UNDERSTOOD).isIsomorphicWith(SiteFixture.understood().graph()));
        assertTrue(ds.getNamedModel(TestReports.IRIS.entitiesGraph()).isIsomorphicWith(SiteFixture.understood().entities()));
        assertEquals(2, ds.asDatasetGraph().size());
    }

    @Test
    void browsersGetTheHtmlPageAndTheDocumentSentIsNamed() throws Exception {
        HttpResponse<String> response = site.get(REPORT_PATH,
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow().replace(";charset", "; charset"));
        assertTrue(response.headers().allValues("Vary").contains("Accept"));
        assertEquals(REPORT_PATH + ".html", response.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(response.body().contains("<h1 property=\"headline\">Niger&#39;s prime minister meets Raeisi in Tehran</h1>"));
        assertEquals(200, site.get(REPORT_PATH, null).statusCode(), "no Accept header means HTML");
        assertTrue(site.get(REPORT_PATH, null).body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    void suffixesChooseTheFormatWhateverTheAcceptHeaderSays() throws Exception {
        Map<String, String> types = Map.of(".ttl", "text/turtle", ".jsonld", "application/ld+json", ".nt", "application/n-triples",
                ".rdf", "application/rdf+xml", ".trig", "application/trig", ".html", "text/html");
        for (Map.Entry<String, String> suffix : types.entrySet()) {
            HttpResponse<String> response = site.get(REPORT_PATH + suffix.getKey(), "text/html");
            assertEquals(200, response.statusCode(), suffix.getKey());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith(suffix.getValue()), suffix.getKey());
            assertFalse(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")),
                    "a suffixed document does not vary with Accept");
        }
        assertTrue(parse(site.get(REPORT_PATH + ".nt", null).body(), Lang.NTRIPLES).isIsomorphicWith(expectedReport()));
    }

    @Test
    void unknownIrisAndSuffixesAre404AndUnacceptableTypes406() throws Exception {
        for (String path : List.of("/report/0000000000000000", "/report/0000000000000000.ttl", "/entity/nobody",
                "/event/none", "/quote/none", "/graph/none", REPORT_PATH + ".exe", "/report/", "/no-such-page")) {
            assertEquals(404, site.get(path, "text/turtle").statusCode(), path);
        }
        assertEquals(406, site.get(REPORT_PATH, "image/png").statusCode());
    }

    @Test
    void etagsAllowConditionalRequests() throws Exception {
        HttpResponse<byte[]> first = site.getBytes(REPORT_PATH, "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = site.getBytes(REPORT_PATH, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        HttpResponse<byte[]> html = site.getBytes(REPORT_PATH, "Accept", "text/html", "If-None-Match", etag);
        assertEquals(200, html.statusCode(), "another representation has another ETag");
        assertNotEquals(etag, html.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, site.getBytes(REPORT_PATH, "Accept", "text/turtle", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void resourcesAreReadableFromOtherOrigins() throws Exception {
        HttpResponse<byte[]> response = site.getBytes("/entity/tehran", "Accept", "application/ld+json", "Origin", "https://notebook.example");
        assertEquals("https://notebook.example", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    }

    @Test
    void hashIrisAreDescribedInTheirDocument() throws Exception {
        Model report = parse(site.get(REPORT_PATH + ".ttl", null).body(), Lang.TURTLE);
        assertTrue(report.containsResource(ResourceFactory.createResource(SiteFixture.UNDERSTOOD + "#char=0,166")));
        assertTrue(report.contains(ResourceFactory.createResource(SiteFixture.UNDERSTOOD + "#role-1"),
                ResourceFactory.createProperty("https://w3id.org/dateline/ns#roleTitle"), "prime minister"));
    }

    @Test
    void entitiesEventsQuotesAndGraphsDereferenceToTheirDescriptions() throws Exception {
        Dataset source = DatasetFactory.create();
        RDFParser.source(SiteFixture.class.getResourceAsStream("understood.trig")).lang(Lang.TRIG).parse(source);
        Model all = source.getUnionModel();

        Model zeine = ModelFactory.createDefaultModel().add(all.listStatements(
                ResourceFactory.createResource(SiteFixture.ZEINE), null, (org.apache.jena.rdf.model.RDFNode) null))
                .add(all.listStatements(ResourceFactory.createResource(SiteFixture.UNDERSTOOD + "#role-1"), null,
                        (org.apache.jena.rdf.model.RDFNode) null));
        assertEquals(12, zeine.size(), "type, label, name, two altLabels, sameAs, confidence, the role and its four triples");
        Resource report = ResourceFactory.createResource(SiteFixture.UNDERSTOOD);
        Resource zeineNode = ResourceFactory.createResource(SiteFixture.ZEINE);
        zeine.add(report, Vocab.MENTIONS, zeineNode)
                .add(ResourceFactory.createResource(SiteFixture.QUOTE), Vocab.SPEAKER, zeineNode)
                .add(ResourceFactory.createResource(SiteFixture.EVENT), Vocab.ACTOR, zeineNode);
        assertTrue(parse(site.get("/entity/Q116231425", "text/turtle").body(), Lang.TURTLE).isIsomorphicWith(zeine),
                "its description and the report, quotation and event that link to it; one page, so no paging");

        Model event = ModelFactory.createDefaultModel().add(all.listStatements(
                ResourceFactory.createResource(SiteFixture.EVENT), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(parse(site.get("/event/feedface00000001-1.nt", null).body(), Lang.NTRIPLES).isIsomorphicWith(event));
        Model quote = ModelFactory.createDefaultModel().add(all.listStatements(
                ResourceFactory.createResource(SiteFixture.QUOTE), null, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(parse(site.get("/quote/feedface00000001-1.rdf", null).body(), Lang.RDFXML).isIsomorphicWith(quote));

        Model entities = parse(site.get("/graph/entities.ttl", null).body(), Lang.TURTLE);
        assertTrue(entities.containsAll(SiteFixture.understood().entities()));
        assertTrue(entities.containsAll(site.niger.entities()));
    }

    @Test
    void entityDocumentsLinkBackToWhatRefersToThemInEveryFormat() throws Exception {
        Resource report = ResourceFactory.createResource(SiteFixture.UNDERSTOOD);
        Resource tehran = ResourceFactory.createResource("http://example.org/entity/tehran");
        Resource niger = ResourceFactory.createResource("http://example.org/entity/niger");
        Resource role = ResourceFactory.createResource(SiteFixture.UNDERSTOOD + "#role-1");
        for (Map.Entry<String, Lang> accept : ACCEPTS.entrySet()) {
            Model place = parse(site.get("/entity/tehran", accept.getKey()).body(), accept.getValue());
            assertTrue(place.contains(report, Vocab.MENTIONS, tehran), accept.getKey());
            assertTrue(place.contains(report, Vocab.DATELINE_PLACE, tehran), accept.getKey());
            assertTrue(place.contains(ResourceFactory.createResource(SiteFixture.EVENT), Vocab.PLACE_OF_EVENT, tehran), accept.getKey());

            Model country = parse(site.get("/entity/niger", accept.getKey()).body(), accept.getValue());
            assertTrue(country.contains(role, Vocab.ROLE_OF, niger), accept.getKey());
            assertTrue(country.contains(role, Vocab.ROLE_TITLE, "prime minister"), "the role has no document of its own");
            assertTrue(country.contains(ResourceFactory.createResource(SiteFixture.ZEINE), Vocab.HAS_ROLE, role), "who holds it");
        }
        Dataset trig = DatasetFactory.create();
        RDFParser.fromString(site.get("/entity/tehran.trig", null).body(), Lang.TRIG).parse(trig);
        assertTrue(trig.getNamedModel(SiteFixture.UNDERSTOOD).contains(report, Vocab.DATELINE_PLACE, tehran),
                "a backlink stays in the graph of the report that states it");
        assertTrue(trig.getDefaultModel().isEmpty(), "one page: no paging");
    }

    @Test
    void theJsonLdContextIsPublishedAndIsTheOneInEveryDocument() throws Exception {
        HttpResponse<String> context = site.get("/context.jsonld", null);
        assertEquals(200, context.statusCode());
        assertEquals("application/ld+json", context.headers().firstValue("Content-Type").orElseThrow());
        JsonObject published = JSON.parse(context.body());
        JsonObject inDocument = JSON.parse(site.get(REPORT_PATH, "application/ld+json").body());
        assertEquals(published.get("@context"), inDocument.get("@context"));
        assertEquals("http://example.org/entity/", published.get("@context").getAsObject().get("entity").getAsString().value());
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<String> get = site.get(REPORT_PATH, "text/turtle");
        HttpResponse<String> head = SiteFixture.HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.url(REPORT_PATH)))
                .header("Accept", "text/turtle").method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
        assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"));
    }
}
