package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reader polling a served store while it changes, recording the size of every report graph it
 * sees. A report graph is named by its text's fingerprint and written in one transaction, so it
 * has one size for as long as it is visible: a second size would be half a report seen.
 */
final class GraphSizeWatcher implements AutoCloseable {

    private static final String QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(CONTAINS(STR(?g), \"/report/\")) } GROUP BY ?g";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String url;
    private final Map<String, Set<Long>> sizes = new ConcurrentHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private final Thread thread;
    private volatile boolean running = true;

    GraphSizeWatcher(String sparqlUrl) {
        this.url = sparqlUrl + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8);
        this.thread = new Thread(this::poll, "graph-size-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    synchronized (failures) {
                        failures.add(response.statusCode() + " " + response.body());
                    }
                } else {
                    response.body().lines().skip(1).map(line -> line.split(",")).filter(row -> row.length == 2)
                            .forEach(row -> sizes.computeIfAbsent(row[0], g -> new TreeSet<>()).add(Long.parseLong(row[1].strip())));
                    polls.incrementAndGet();
                }
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                synchronized (failures) {
                    failures.add(e.toString());
                }
            }
        }
    }

    int polls() {
        return polls.get();
    }

    /** Every report graph seen had one size, and every poll was answered. */
    void assertNoReportChangedSize() {
        synchronized (failures) {
            assertEquals(List.of(), failures, "every poll was answered");
        }
        sizes.forEach((graph, seen) -> assertEquals(1, seen.size(), graph + " was seen with sizes " + seen));
        assertTrue(!sizes.isEmpty(), "the reader saw reports");
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
