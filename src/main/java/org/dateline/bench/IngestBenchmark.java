package org.dateline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.link.ReportLinks;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.map.MappedReport;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.Status;
import org.dateline.publish.DatelineServer;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;
import org.dateline.understand.AnnotatedText;
import org.dateline.understand.CoreNlpEngine;
import org.dateline.understand.LanguageEngine;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;
import org.dateline.validate.WarningGraph;

/**
 * Measures the pipeline end to end on generated reports: ingest throughput in reports and tokens
 * per second (read -> understand -> map -> validate -> store into a fresh TDB2 on disk), the
 * language engine's load time and its time per annotator, peak heap, then SPARQL latency over HTTP
 * for looking up one report, against the embedded Fuseki.
 *
 * <pre>java -Xmx3g -cp target/dateline.jar org.dateline.bench.IngestBenchmark [reports] [lookups] [threads] [--no-nlp] [--store DIR] [--warm-up N] [--seed N]</pre>
 *
 * With {@code --store DIR} the reports go into the store built by {@code PageBenchmark --store DIR}
 * (100,000 reports, say) instead of a fresh one, and stay there; give another {@code --seed} (42 by
 * default) for each run into the same store, or its reports are found unchanged and nothing is written.
 *
 * With {@code --warm-up N}, N other generated reports are ingested into a scratch store first, not
 * counted: the figures are then those of a JVM whose JIT has compiled the pipeline (on a run of
 * 1,000 reports from a cold start, the JIT compilers take about a third of the process's CPU time).
 * Either way the rate over the second half of the files is printed too.
 *
 * Files are ingested by {@link Ingestor}, as the command line does (prepared ahead on worker
 * threads, stored in batches by one writer). Stage times are per report on the thread that ran
 * the stage; with several preparing threads they add up to more than the wall-clock time per report.
 */
public final class IngestBenchmark {

    /** Stage times are given as wall-clock and as the thread's CPU time (the rest is waiting for a core or the disk). */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        Path kept = BenchOptions.store(arguments);
        boolean nlp = !arguments.remove("--no-nlp");
        int warmUp = BenchOptions.number(arguments, "--warm-up", 0);
        // Another seed gives other reports: a store that already holds seed 42's would find them unchanged.
        int seed = BenchOptions.number(arguments, "--seed", 42);
        int reports = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 1000;
        int lookups = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 2000;
        int threads = arguments.size() > 2 ? Integer.parseInt(arguments.get(2)) : Runtime.getRuntime().availableProcessors();
        Path work = Files.createTempDirectory("dateline-bench");
        List<Path> files = new ReportGenerator(seed).write(work.resolve("reports"), reports);
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);

        long loadStart = System.nanoTime();
        SourceReader reader = new SourceReader();
        ReportMapper mapper = new ReportMapper(iris, Clock.systemUTC(), "bench");
        ShapeValidator validator = ShapeValidator.bundled();
        ReportLinker linker = new ReportLinker(new GazetteerLinker(Gazetteer.bundled()));
        System.out.printf("pipeline set-up (shapes, gazetteer, data files): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        CoreNlpEngine engine = null;
        Understander understander = Understander.NONE;
        RuleBasedUnderstander rules = null;
        AtomicLong tokens = new AtomicLong();
        if (nlp) {
            engine = CoreNlpEngine.shared();
            System.out.printf("language engine load (CoreNLP models): %d ms%n", engine.loadMillis());
            CoreNlpEngine loaded = engine;
            // Counts the tokens the engine reads, captions included, without widening any interface for it.
            rules = new RuleBasedUnderstander(new LanguageEngine() {
                @Override
                public AnnotatedText annotate(String text, LocalDate documentDate) {
                    AnnotatedText annotated = loaded.annotate(text, documentDate);
                    tokens.addAndGet(annotated.tokens().size());
                    return annotated;
                }

                @Override
                public int characterLimit() {
                    return loaded.characterLimit();
                }
            });
            understander = rules;
        }

        Path db = kept != null ? kept.resolve("db") : work.resolve("db");
        try (ReportStore store = ReportStore.open(db, iris)) {
            if (kept != null) {
                System.out.printf("into the store in %s, holding %d reports%n", db, store.reportCount());
            }
            Understander understanding = understander;
            if (warmUp > 0) {
                warmUp(warmUp, work, iris, threads, file -> prepare(file, reader, understanding,
                        new ReportLinker(new GazetteerLinker(Gazetteer.bundled())), mapper, validator, new AtomicLongArray(10)));
                tokens.set(0);
            }
            double eventMillisBefore = rules == null ? 0 : rules.eventExtractionMillis();
            // The stages one by one, as Ingestor runs them, each timed on the thread that runs it.
            AtomicLongArray nanos = new AtomicLongArray(10);
            Ingestor ingestor = new Ingestor(file -> prepare(file, reader, understanding, linker, mapper, validator, nanos),
                    store, new RejectedFolder(work.resolve("rejected"), iris));
            List<String> stored = new ArrayList<>();
            int[] rejected = {0};
            long start = System.nanoTime();
            long processCpuStart = processCpuNanos();
            Map<String, Long> threadCpuStart = ThreadKinds.cpuNanos();
            // When the first half of the files was committed, and the process's CPU time then: the
            // second half runs on code the JIT has mostly compiled, nearer to what a long ingest sees.
            long[] half = {0, 0};
            int[] filesDone = {0};
            ingestor.ingestAll(files, threads, results -> {
                results.forEach(result -> {
                    if (result.status() == Status.REJECTED) {
                        rejected[0]++;
                    } else {
                        stored.add(result.reportIri());
                    }
                });
                if (++filesDone[0] == files.size() / 2) {
                    half[0] = System.nanoTime();
                    half[1] = processCpuNanos();
                }
            });
            long end = System.nanoTime();
            long endCpu = processCpuNanos();
            double seconds = (end - start) / 1e9;
            double cpuSeconds = (endCpu - processCpuStart) / 1e9;
            Map<String, Long> threadCpu = ThreadKinds.since(threadCpuStart);
            System.out.printf("ingest: %d reports (%d set aside) in %.2f s = %.1f reports/s (%d preparing threads)%n",
                    stored.size(), rejected[0], seconds, stored.size() / seconds, threads);
            if (half[0] > 0) {
                int secondHalf = files.size() - files.size() / 2;
                System.out.printf("  second half of the files: %.1f files/s, process CPU %.2f ms/file%n",
                        secondHalf / ((end - half[0]) / 1e9), (endCpu - half[1]) / 1e6 / secondHalf);
            }
            System.out.printf("  process CPU time: %.2f s = %.2f ms/report (all threads, the JIT and GC included); load average %.2f%n",
                    cpuSeconds, cpuSeconds * 1e3 / Math.max(1, stored.size()),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (!threadCpu.isEmpty()) {
                System.out.println("    of which the JVM's own threads: " + threadCpu.entrySet().stream()
                        .map(e -> String.format("%s %.2f", e.getKey(), e.getValue() / 1e6 / Math.max(1, stored.size())))
                        .collect(Collectors.joining(", ")) + " ms/report");
            }
            if (nlp) {
                System.out.printf("tokens: %d (%.0f per report) = %.0f tokens/s end to end%n", tokens.get(),
                        tokens.get() / (double) files.size(), tokens.get() / seconds);
            }
            String[] stages = {"read", "understand", "link", "map", "validate"};
            for (int i = 0; i < stages.length; i++) {
                System.out.printf("  %-10s %7.2f ms/report, of which CPU %.2f ms%n", stages[i], nanos.get(i) / 1e6 / files.size(),
                        nanos.get(i + stages.length) / 1e6 / files.size());
            }
            Ingestor.StoreFigures figures = ingestor.storeFigures();
            long storedCount = Math.max(1, figures.reports());
            System.out.printf("  %-10s %7.2f ms/report, of which CPU %.2f ms (%d write transactions, %.1f reports each)%n",
                    "store", figures.nanos() / 1e6 / storedCount, figures.cpuNanos() / 1e6 / storedCount,
                    figures.transactions(), figures.reports() / (double) Math.max(1, figures.transactions()));
            if (engine != null) {
                System.out.printf("  of understand, event extraction from the parse: %.3f ms/report%n",
                        (rules.eventExtractionMillis() - eventMillisBefore) / files.size());
                System.out.println(engine.timingInformation());
            }

            try (DatelineServer server = DatelineServer.start(store.dataset(), 0, true, Duration.ofSeconds(30))) {
                double[] millis = lookups(server.sparqlUrl(), stored, lookups);
                System.out.printf("SPARQL report lookup over HTTP (%d queries after warm-up): p50 %.2f ms, p99 %.2f ms%n",
                        lookups, percentile(millis, 50), percentile(millis, 99));
            }
        }
        System.out.printf("peak heap: %.0f MB%n", peakHeapBytes() / 1e6);
    }

    /**
     * Ingests {@code count} other generated reports into a scratch store, with the same stages and
     * threads, so that the measured run finds the classes loaded and the hot code compiled by the
     * JIT: the rate a long ingest keeps up, rather than that of a JVM's first seconds.
     */
    private static void warmUp(int count, Path work, IriScheme iris, int threads, Ingestor.Preparation preparation)
            throws IOException {
        List<Path> files = new ReportGenerator(7).write(work.resolve("warm-up"), count);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (ReportStore scratch = ReportStore.open(work.resolve("warm-up-db"), iris)) {
            new Ingestor(preparation, scratch, new RejectedFolder(work.resolve("warm-up-rejected"), iris))
                    .ingestAll(files, threads, results -> { });
        }
        System.out.printf("warm-up: %d other reports into a scratch store in %.2f s, process CPU %.2f ms/report (not counted below)%n",
                count, (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e6 / count);
    }

    private static List<ProcessedReport> prepare(Path file, SourceReader reader, Understander understander,
            ReportLinker linker, ReportMapper mapper, ShapeValidator validator, AtomicLongArray nanos)
            throws UnreadableSourceException {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        List<ReportDoc> docs = reader.read(file);
        nanos.addAndGet(0, System.nanoTime() - t0);
        nanos.addAndGet(5, CPU.getCurrentThreadCpuTime() - c0);
        List<ProcessedReport> prepared = new ArrayList<>();
        for (ReportDoc doc : docs) {
            long[] wall = new long[5];
            long[] cpu = new long[5];
            wall[0] = System.nanoTime();
            cpu[0] = CPU.getCurrentThreadCpuTime();
            Understanding understanding = understander.understand(doc);
            wall[1] = System.nanoTime();
            cpu[1] = CPU.getCurrentThreadCpuTime();
            ReportLinks links = linker.link(doc, understanding);
            wall[2] = System.nanoTime();
            cpu[2] = CPU.getCurrentThreadCpuTime();
            MappedReport mapped = mapper.map(doc, understanding, links);
            wall[3] = System.nanoTime();
            cpu[3] = CPU.getCurrentThreadCpuTime();
            ValidationOutcome validation = validator.validate(mapped);
            wall[4] = System.nanoTime();
            cpu[4] = CPU.getCurrentThreadCpuTime();
            for (int stage = 1; stage < 5; stage++) {
                nanos.addAndGet(stage, wall[stage] - wall[stage - 1]);
                nanos.addAndGet(stage + 5, cpu[stage] - cpu[stage - 1]);
            }
            // As ReportProcessor does: the warnings go into the graph that is stored.
            prepared.add(new ProcessedReport(doc, WarningGraph.keep(mapped, validation.warnings()), validation));
        }
        return prepared;
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

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
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
