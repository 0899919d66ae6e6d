package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.dateline.TestReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VoID, the Service Description, the vocabularies in every format, and the dump. */
class DatasetDescriptionTest {

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

    private static Model turtle(String path) throws Exception {
        HttpResponse<String> response = site.get(path, "text/turtle");
        assertEquals(200, response.statusCode(), path);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(m);
        return m;
    }

    private static String one(Model m, String query) {
        try (var qe = QueryExecutionFactory.create("PREFIX void: <http://rdfs.org/ns/void#> "
                + "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> PREFIX dct: <http://purl.org/dc/terms/> " + query, m)) {
            var rs = qe.execSelect();
            var row = rs.next();
            assertFalse(rs.hasNext(), query);
            var node = row.get(rs.getResultVars().get(0));
            return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
        }
    }

    private static long storeQuads() {
        DatasetGraph ds = site.store.dataset();
        return Txn.calculateRead(ds, () -> {
            long n = 0;
            for (var it = ds.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    @Test
    void voidCountsTheTriplesAndNamesEndpointDumpVocabulariesAndLicence() throws Exception {
        Model voidGraph = turtle("/.well-known/void");
        assertEquals(String.valueOf(storeQuads()), one(voidGraph, "SELECT ?n { ?d a void:Dataset ; void:triples ?n }"));
        assertEquals(site.url("/dateline/sparql"), one(voidGraph, "SELECT ?e { ?d a void:Dataset ; void:sparqlEndpoint ?e }"));
        assertEquals(site.url("/dumps/dateline.nq.gz"), one(voidGraph, "SELECT ?e { ?d void:dataDump ?e }"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", one(voidGraph, "SELECT ?l { ?d dct:license ?l }"));
        assertEquals("http://example.org/", one(voidGraph, "SELECT ?s { ?d void:uriSpace ?s }"));
        assertEquals("10", one(voidGraph, "SELECT (COUNT(?v) AS ?n) { ?d void:vocabulary ?v }"));
        assertEquals(String.valueOf(site.store.reportCount()), one(voidGraph, "SELECT ?n { ?d void:classPartition [ void:class <https://w3id.org/dateline/ns#Report> ; void:entities ?n ] }"));
        assertTrue(Integer.parseInt(one(voidGraph, "SELECT (COUNT(?x) AS ?n) { ?d void:exampleResource ?x }")) >= 2);
    }

    @Test
    void aBrowserGetsTheDescriptionAsAPageAndAProgramAsTurtle() throws Exception {
        HttpResponse<String> html = site.get("/.well-known/void", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.body());
        assertEquals("Dateline news reports", page.selectFirst("main h1").text());
        org.jsoup.nodes.Element reports = page.selectFirst("table.partitions a[href=/browse/reports]");
        assertEquals(String.valueOf(site.store.reportCount()), reports.parent().nextElementSibling().text());
        assertEquals(String.valueOf(storeQuads()), page.selectFirst("dt:contains(Triples) + dd").text());
        assertEquals("/.well-known/void.ttl", page.selectFirst("p.formats a").attr("href"));
        assertTrue(site.get("/.well-known/void", null).headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"),
                "no preference: Turtle");
        assertEquals(200, site.get("/.well-known/void.html", null).statusCode());
    }

    @Test
    void theServiceDescriptionIsOnTheEndpointsPathInEveryFormat() throws Exception {
        Model sd = turtle("/dateline/service-description");
        assertEquals(site.url("/dateline/sparql"), one(sd, "SELECT ?e { ?s a sd:Service ; sd:endpoint ?e }"));
        assertEquals("http://www.w3.org/ns/sparql-service-description#SPARQL11Query", one(sd, "SELECT ?l { ?s sd:supportedLanguage ?l }"));
        assertEquals("http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph", one(sd, "SELECT ?f { ?s sd:feature ?f }"));
        assertEquals(String.valueOf(storeQuads()), one(sd, "SELECT ?n { ?s sd:defaultDataset/sd:defaultGraph/void:triples ?n }"));
        assertTrue(turtle("/dateline/sparql").isIsomorphicWith(sd), "GET on the endpoint without a query describes it");
        assertEquals(200, site.get("/dateline/sparql?query=ASK%7B%7D", "application/sparql-results+json").statusCode());
        HttpResponse<String> jsonld = site.get("/.well-known/void.jsonld", null);
        assertEquals("application/ld+json", jsonld.headers().firstValue("Content-Type").orElseThrow());
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(fromJsonLd);
        assertTrue(fromJsonLd.isIsomorphicWith(sd));
    }

    @Test
    void vocabulariesAreServedInEveryRdfFormatAtTheirPaths() throws Exception {
        for (String[] file : new String[][] {{"/ontology", "ontology/dateline.ttl"}, {"/ontology/plover", "ontology/plover.ttl"},
                {"/shapes", "shapes/dateline-shapes.ttl"}}) {
            Model expected = ModelFactory.createDefaultModel();
            RDFParser.source(Path.of(file[1])).parse(expected);
            assertTrue(turtle(file[0]).isIsomorphicWith(expected), file[0]);
            for (String[] format : new String[][] {{".jsonld", "JSON-LD"}, {".nt", "N-Triples"}, {".rdf", "RDF/XML"}, {".ttl", "Turtle"}}) {
                Model m = ModelFactory.createDefaultModel();
                RDFParser.fromString(site.get(file[0] + format[0], null).body(),
                        org.apache.jena.riot.RDFLanguages.nameToLang(format[1])).parse(m);
                assertTrue(m.isIsomorphicWith(expected), file[0] + format[0]);
            }
            Dataset trig = DatasetFactory.create();
            RDFParser.fromString(site.get(file[0] + ".trig", null).body(), Lang.TRIG).parse(trig);
            assertTrue(trig.getDefaultModel().isIsomorphicWith(expected), file[0] + ".trig");
        }
    }

    @Test
    void theDumpLoadsBackIntoADatasetIsomorphicToTheStoreAndFollowsItsChanges() throws Exception {
        HttpResponse<byte[]> first = site.getBytes("/dumps/dateline.nq.gz");
        assertEquals(200, first.statusCode());
        assertEquals("application/gzip", first.headers().firstValue("Content-Type").orElseThrow());
        DatasetGraph firstDump = load(first.body());
        assertTrue(Txn.calculateRead(site.store.dataset(), () -> IsoMatcher.isomorphic(site.store.dataset(), firstDump)), "the dump is the store");
        assertTrue(Files.exists(site.dumps.resolve("dateline.nq.gz")));

        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.getBytes("/dumps/dateline.nq.gz", "If-None-Match", etag).statusCode());

        site.store.put(TestReports.mapped("late.txt", "A later report", "It came later.", "Accra"));
        HttpResponse<byte[]> second = site.getBytes("/dumps/dateline.nq.gz", "If-None-Match", etag);
        assertEquals(200, second.statusCode(), "a stale dump is written again on demand");
        assertNotEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        DatasetGraph reloaded = load(second.body());
        assertTrue(Txn.calculateRead(site.store.dataset(), () -> IsoMatcher.isomorphic(site.store.dataset(), reloaded)));
        assertEquals(6, reloaded.size(), "five report graphs and the entities graph");
    }

    private static DatasetGraph load(byte[] gzip) throws Exception {
        Dataset ds = DatasetFactory.create();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(ds);
        }
        return ds.asDatasetGraph();
    }
}
