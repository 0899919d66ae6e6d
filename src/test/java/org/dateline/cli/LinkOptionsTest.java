package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link options of the command line: users' own gazetteer rows, and online lookups. */
class LinkOptionsTest {

    private static final String EXAMPLE = "examples/mali-ecowas-exit.html";
    private static final String SAHEL_DISPATCH_SLUG = "<http://localhost:3030/entity/sahel-dispatch>";

    @TempDir
    Path dir;

    @Test
    void byDefaultAPublisherTheGazetteerDoesNotKnowKeepsItsSlug() {
        CommandLineTest.Run run = CommandLineTest.run("convert", "--format", "nquads", EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(SAHEL_DISPATCH_SLUG), run.out());
        assertTrue(run.out().contains("<http://localhost:3030/entity/Q3703> <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q3703>"), "Bamako is linked offline");
    }

    @Test
    void aUsersOwnGazetteerRowLinksWithoutARebuild() throws Exception {
        Path mine = dir.resolve("my-items.tsv");
        Files.writeString(mine, "# my own items\nqid\ttype\tlabel\taliases\nQ900000005\tOrganization\tSahel Dispatch\tThe Dispatch\n");
        CommandLineTest.Run run = CommandLineTest.run("convert", "--format", "nquads", "--gazetteer", mine.toString(), EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains(SAHEL_DISPATCH_SLUG), run.out());
        assertTrue(run.out().contains("<http://localhost:3030/entity/Q900000005> <http://www.w3.org/2002/07/owl#sameAs> "
                + "<http://www.wikidata.org/entity/Q900000005>"), run.out());
    }

    @Test
    void aUsersOwnTurtleItemLinksToo() throws Exception {
        Path mine = dir.resolve("my-items.ttl");
        Files.writeString(mine, """
                PREFIX dl: <https://w3id.org/dateline/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX wd: <http://www.wikidata.org/entity/>
                wd:Q900000005 a dl:Organization ; rdfs:label "The Sahel Dispatch" ; skos:altLabel "Sahel Dispatch" .
                """);
        CommandLineTest.Run run = CommandLineTest.run("convert", "--format", "nquads", "--gazetteer", mine.toString(), EXAMPLE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("<http://localhost:3030/entity/Q900000005> <http://www.w3.org/2000/01/rdf-schema#label> "
                + "\"The Sahel Dispatch\""), run.out());
        assertTrue(run.out().contains("<http://localhost:3030/entity/Q900000005> <http://www.w3.org/2004/02/skos/core#altLabel> "
                + "\"Sahel Dispatch\""), run.out());
    }

    @Test
    void aBrokenGazetteerFileIsAUsageErrorNamingTheLine() throws Exception {
        Path mine = dir.resolve("broken.tsv");
        Files.writeString(mine, "Q1\tPlanet\tEarth\n");
        CommandLineTest.Run run = CommandLineTest.run("convert", "--gazetteer", mine.toString(), EXAMPLE);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.tsv line 1: type must be Country, Place, Organization or Person"), run.err());
    }

    @Test
    void ingestLooksUnknownNamesUpOnlineAndKeepsTheAnswersBesideTheStore() {
        DatasetGraph data = DatasetFactory.create().asDatasetGraph();
        RDFDataMgr.read(data, getClass().getResource("/org/dateline/link/online/wikidata-sample.ttl").toString());
        FusekiServer wikidata = FusekiServer.create().port(0).loopback(true).add("/wikidata", data).build().start();
        try {
            String url = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
            Path db = dir.resolve("store");
            CommandLineTest.Run ingest = CommandLineTest.run("ingest", "--db", db.toString(),
                    "--wikidata-endpoint", url, "--wikidata-interval", "0", EXAMPLE);
            assertEquals(0, ingest.exitCode(), ingest.out() + ingest.err());
            CommandLineTest.Run query = CommandLineTest.run("query", "--db", db.toString(), "--format", "csv",
                    "PREFIX schema: <https://schema.org/> SELECT ?p WHERE { ?r schema:publisher ?p }");
            assertEquals(List.of("p", "http://localhost:3030/entity/Q900000005"), query.out().lines().toList());
            Path cache = dir.resolve("store-wikidata-cache.tsv");
            assertTrue(Files.exists(cache), "the cache file sits beside the store");
        } finally {
            wikidata.stop();
        }
    }
}
