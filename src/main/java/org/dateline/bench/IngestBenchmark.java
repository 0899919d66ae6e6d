package org.dateline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.map.MappedReport;
import org.dateline.publish.DatelineServer;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.store.ReportStore;
import org.dateline.validate.ShapeValidator;

/**
 * Measures the pipeline end to end on generated reports: ingest throughput (read -> map ->
 * validate -> store into a fresh TDB2 on disk), then SPARQL latency over HTTP for looking up one
 * report, against the embedded Fuseki.
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.IngestBenchmark [reports] [lookups]</pre>
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Path work = Files.createTempDirectory("dateline-bench");
        List<Path> files = new ReportGenerator(42).write(work.resolve("reports"), reports);
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);

        long loadStart = System.nanoTime();
        SourceReader reader = new SourceReader();
        ReportMapper mapper = new ReportMapper(iris, Clock.systemUTC(), "bench");
        ShapeValidator validator = ShapeValidator.bundled();
        System.out.printf("pipeline set-up (shapes, data files): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);

        Path db = work.resolve("db");
        try (ReportStore store = ReportStore.open(db, iris)) {
            // The stages one by one, as Ingestor runs them, each timed on its own.
            long[] nanos = new long[4];
            List<String> stored = new ArrayList<>();
            int rejected = 0;
            long start = System.nanoTime();
            for (Path file : files) {
                long t0 = System.nanoTime();
                List<ReportDoc> docs = reader.read(file);
                nanos[0] += System.nanoTime() - t0;
                for (ReportDoc doc : docs) {
                    long t1 = System.nanoTime();
                    MappedReport mapped = mapper.map(doc);
                    long t2 = System.nanoTime();
                    boolean conforms = validator.validate(mapped).conforms();
                    long t3 = System.nanoTime();
                    if (conforms) {
                        store.put(mapped);
                        stored.add(mapped.reportIri());
                    } else {
                        rejected++;
                    }
                    nanos[1] += t2 - t1;
                    nanos[2] += t3 - t2;
                    nanos[3] += System.nanoTime() - t3;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ingest: %d reports (%d set aside) in %.2f s = %.1f reports/s%n",
                    stored.size(), rejected, seconds, stored.size() / seconds);
            String[] stages = {"read", "map", "validate", "store"};
            for (int i = 0; i < stages.length; i++) {
                System.out.printf("  %-8s %7.2f ms/report%n", stages[i], nanos[i] / 1e6 / files.size());
            }

            try (DatelineServer server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(30))) {
                double[] millis = lookups(server.sparqlUrl(), stored, lookups);
                System.out.printf("SPARQL report lookup over HTTP (%d queries after warm-up): p50 %.2f ms, p99 %.2f ms%n",
                        lookups, percentile(millis, 50), percentile(millis, 99));
            }
        }
        System.out.printf("peak heap: %.0f MB%n", peakHeapBytes() / 1e6);
    }

    private static double[] lookups(String endpoint, List<String> reports, int count)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) {
            lookup(http, endpoint, reports.get(i % reports.size()));
        }
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            lookup(http, endpoint, reports.get((i * 7919) % reports.size()));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static void lookup(HttpClient http, String endpoint, String report) throws IOException, InterruptedException {
        String query = "PREFIX schema: <https://schema.org/> SELECT ?headline ?date ?publisher WHERE { <" + report
                + "> schema:headline ?headline ; schema:datePublished ?date . OPTIONAL { <" + report
                + "> schema:publisher/schema:name ?publisher } }";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("headline")) {
            throw new IllegalStateException("lookup failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static double percentile(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
