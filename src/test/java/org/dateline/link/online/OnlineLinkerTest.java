package org.dateline.link.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.Link;
import org.dateline.link.Mention;
import org.dateline.link.MentionType;
import org.dateline.link.ReportContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The online linker against a real Fuseki over HTTP, serving a small Wikidata-shaped dataset. */
class OnlineLinkerTest {

    private static final GazetteerLinker OFFLINE = new GazetteerLinker(Gazetteer.bundled());
    private static FusekiServer wikidata;
    private static String endpoint;

    @TempDir
    Path dir;

    @BeforeAll
    static void startStandIn() {
        wikidata = standIn();
        endpoint = "http://localhost:" + wikidata.getHttpPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stopStandIn() {
        wikidata.stop();
    }

    /** A Fuseki on a free port serving the sample at /wikidata. */
    static FusekiServer standIn() {
        DatasetGraph data = DatasetFactory.create().asDatasetGraph();
        RDFDataMgr.read(data, OnlineLinkerTest.class.getResource("/org/dateline/link/online/wikidata-sample.ttl").toString());
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", data).build();
        server.start();
        return server;
    }

    private OnlineLinker linker(String url, Path cache, List<String> warnings) {
        return new OnlineLinker(OFFLINE, new WikidataLookup(url, Duration.ofSeconds(5), Duration.ZERO), cache, warnings::add);
    }

    @Test
    void aNameTheGazetteerDoesNotKnowLinksToTheOnlyItemOfAFittingType() {
        List<String> warnings = new ArrayList<>();
        OnlineLinker online = linker(endpoint, dir.resolve("cache.tsv"), warnings);
        Link tiani = online.link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY).orElseThrow();
        assertEquals("Q900000001", tiani.qid());
        assertEquals("Abdourahamane Tiani", tiani.label());
        assertEquals(new BigDecimal("0.70"), tiani.confidence());
        assertEquals(endpoint, tiani.source());
        Link council = online.link(Mention.of("CNSP", MentionType.ORGANIZATION), ReportContext.EMPTY).orElseThrow();
        assertEquals("Q900000002", council.qid());
        assertEquals("National Council for the Safeguard of the Homeland", council.label());
        assertEquals(new BigDecimal("0.65"), council.confidence(), "an alias is weaker evidence than a label");
        assertEquals(List.of(), warnings);
    }

    @Test
    void ambiguousUnknownClassOrWrongTypeStaysUnlinked() {
        OnlineLinker online = linker(endpoint, null, new ArrayList<>());
        assertEquals(Optional.empty(), online.link(Mention.of("Michael Langley", MentionType.PERSON), ReportContext.EMPTY));
        assertEquals(Optional.empty(), online.link(Mention.of("Sabrina Singh", MentionType.PERSON), ReportContext.EMPTY));
        assertEquals(Optional.empty(), online.link(Mention.of("CNSP", MentionType.PERSON), ReportContext.EMPTY));
        assertEquals(Optional.empty(), online.link(Mention.of("Nobody Knows Me", MentionType.PERSON), ReportContext.EMPTY));
    }

    @Test
    void aNameTheGazetteerKnowsIsNotAskedFor() throws IOException {
        Path cache = dir.resolve("cache.tsv");
        OnlineLinker online = linker(endpoint, cache, new ArrayList<>());
        assertEquals("Q1032", online.link(Mention.of("Niger", MentionType.COUNTRY), ReportContext.EMPTY).orElseThrow().qid());
        online.link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY);
        List<String> lines = Files.readAllLines(cache);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Niger\t")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Abdourahamane Tiani\tQ900000001\t")), lines.toString());
    }

    @Test
    void theCacheAnswersAcrossRunsWhenTheEndpointIsGone() {
        Path cache = dir.resolve("cache.tsv");
        FusekiServer own = standIn();
        String url = "http://localhost:" + own.getHttpPort() + "/wikidata/sparql";
        assertEquals("Q900000001", linker(url, cache, new ArrayList<>())
                .link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY).orElseThrow().qid());
        assertEquals(Optional.empty(), linker(url, cache, new ArrayList<>())
                .link(Mention.of("Michael Langley", MentionType.PERSON), ReportContext.EMPTY));
        own.stop();

        List<String> warnings = new ArrayList<>();
        OnlineLinker later = linker(url, cache, warnings);
        assertEquals("Q900000001", later.link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY)
                .orElseThrow().qid());
        assertEquals(List.of(), warnings, "answered from the cache, the endpoint was not asked");
    }

    @Test
    void anEndpointThatIsDownFallsBackToOfflineAndSaysSo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> warnings = new ArrayList<>();
        OnlineLinker online = linker("http://localhost:" + closedPort + "/sparql", dir.resolve("cache.tsv"), warnings);
        assertEquals(Optional.empty(), online.link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY));
        assertEquals("Q1032", online.link(Mention.of("Niger", MentionType.COUNTRY), ReportContext.EMPTY).orElseThrow().qid());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("did not answer"), warnings.get(0));
        assertFalse(Files.exists(dir.resolve("cache.tsv")), "a failure is not cached");
    }

    @Test
    void anEndpointThatNeverAnswersIsGivenUpAfterTheTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepter = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept()); // accept, never answer
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            accepter.setDaemon(true);
            accepter.start();
            List<String> warnings = new ArrayList<>();
            OnlineLinker online = new OnlineLinker(OFFLINE, new WikidataLookup("http://localhost:" + silent.getLocalPort()
                    + "/sparql", Duration.ofMillis(500), Duration.ZERO), null, warnings::add);
            long start = System.nanoTime();
            assertEquals(Optional.empty(), online.link(Mention.of("Abdourahamane Tiani", MentionType.PERSON), ReportContext.EMPTY));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 400 && millis < 5_000, "gave up after " + millis + " ms");
            assertEquals(1, warnings.size());
        }
    }

    @Test
    void lookupsAreSpacedByTheInterval() {
        WikidataLookup lookup = new WikidataLookup(endpoint, Duration.ofSeconds(5), Duration.ofMillis(300));
        long start = System.nanoTime();
        lookup.lookup(List.of("Abdourahamane Tiani"));
        lookup.lookup(List.of("Sahel Dispatch"));
        lookup.lookup(List.of("CNSP"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis >= 600, "three lookups took only " + millis + " ms");
    }
}
