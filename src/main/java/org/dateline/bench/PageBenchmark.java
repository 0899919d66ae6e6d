package org.dateline.bench;

import java.lang.management.ManagementFactory;
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
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.map.IriScheme;
import org.dateline.map.MappedReport;
import org.dateline.map.ReportMapper;
import org.dateline.map.Vocab;
import org.dateline.publish.DatelineServer;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;

/**
 * Page latency of the linked-data site over HTTP: generated reports in a TDB2 store on disk,
 * each given synthetic mentions of the countries named in its body (NIF phrases and
 * schema:mentions, as the understand stage will write), then report pages, entity pages, the
 * report's Turtle, entity documents (with their backlinks, first and fifth page), search, the
 * home page and the browse pages requested in turn, one client, after a warm-up. Each kind's
 * CPU time per request (server and client, all threads) is printed beside its latency, which a
 * shared machine inflates; so is the load average before the first and after the last.
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.PageBenchmark [reports] [requests] [--store DIR]</pre>
 *
 * No requests (0) only builds the store.
 *
 * With {@code --store DIR} the store is kept in DIR: filled with the generated reports when it
 * holds fewer (in write transactions of {@value #BATCH} reports), reused as it is otherwise, so
 * that a store of 100,000 reports is built once and measured many times ({@code LoadBenchmark}
 * and {@code IngestBenchmark} take the same option).
 */
public final class PageBenchmark {

    private static final String[] COUNTRIES = {"Niger", "Mali", "Burkina Faso", "Senegal", "Nigeria", "Ghana",
        "Chad", "Mauritania", "Iran", "Russia", "France", "Algeria", "Libya"};
    /** Reports per write transaction when a store is filled. */
    private static final int BATCH = 1000;
    /** Commits after which the first requests are timed. */
    private static final int COMMITS = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        Path kept = BenchOptions.store(arguments);
        int reports = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 1000;
        int requests = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 1000;
        Path work = Files.createTempDirectory("dateline-page-bench");
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        Path db = kept != null ? kept.resolve("db") : work.resolve("db");
        try (ReportStore store = ReportStore.open(db, iris)) {
            long held = store.reportCount();
            if (held < reports) {
                fill(store, (kept != null ? kept : work).resolve("reports"), reports, iris,
                        Math.max(2, Runtime.getRuntime().availableProcessors()));
            }
            List<String> reportPaths = new ArrayList<>();
            reportIris(store, iris).forEach(iri -> reportPaths.add(iri.substring(iris.base().length() - 1)));
            System.out.printf("store of %d reports (%s)%n", reportPaths.size(), held < reports ? "filled now" : "reused from " + db);
            if (requests == 0) {
                return;
            }
            try (DatelineServer server = DatelineServer.start(store.dataset(), iris, work.resolve("dumps"), 0, true,
                    Duration.ofSeconds(30))) {
                String base = "http://localhost:" + server.port();
                List<String> entities = new ArrayList<>();
                for (String c : COUNTRIES) {
                    entities.add(new IriScheme(iris.base()).entity(c).substring(iris.base().length() - 1));
                }
                entities.add("/entity/radio-habana-cuba");
                entities.add("/entity/niamey");
                String[] words = {"niger", "grain exports", "ambassador", "statement numbered 4217", "zzzz-no-match"};
                Random random = new Random(7);
                System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                // Warm-up: the JIT, TDB2's caches, Jetty's threads.
                for (int i = 0; i < 300; i++) {
                    get(base + reportPaths.get(random.nextInt(reportPaths.size())), "text/html");
                    get(base + entities.get(random.nextInt(entities.size())), "text/html");
                }
                measure("report page (HTML)", requests, i -> base + reportPaths.get(random.nextInt(reportPaths.size())), "text/html");
                measure("report (Turtle)", requests, i -> base + reportPaths.get(random.nextInt(reportPaths.size())), "text/turtle");
                measure("entity page (HTML)", requests, i -> base + entities.get(random.nextInt(entities.size())), "text/html");
                measure("entity page 5 (HTML)", requests / 4, i -> base + entities.get(random.nextInt(entities.size())) + "?page=5", "text/html");
                measure("entity (JSON-LD)", requests, i -> base + entities.get(random.nextInt(entities.size())), "application/ld+json");
                measure("entity (Turtle)", requests, i -> base + entities.get(random.nextInt(entities.size())), "text/turtle");
                measure("entity page 5 (Turtle)", requests / 4, i -> base + entities.get(random.nextInt(entities.size())) + "?page=5", "text/turtle");
                measure("search (Lucene index)", 100, i -> base + "/search?q="
                        + URLEncoder.encode(words[i % words.length], StandardCharsets.UTF_8), "text/html");
                measure("home page", 100, i -> base + "/", "text/html");
                String[] browse = {"/browse/reports", "/browse/reports?sort=oldest&page=10", "/browse/reports?sort=entities",
                    "/browse/countries", "/browse/countries?sort=date", "/browse/countries?sort=name", "/browse/places",
                    "/browse/people", "/browse/organisations", "/browse/events", "/browse/quotations"};
                for (String path : browse) {
                    measure("browse " + path.substring("/browse/".length()), 40, i -> base + path, "text/html");
                }
                measure("browse reports (Turtle)", 40, i -> base + "/browse/reports?page=3", "text/turtle");
                measure("VoID", 20, i -> base + "/.well-known/void", "text/turtle");
                afterCommits(store, work.resolve("more"), iris, base, entities);
                long dumpStart = System.nanoTime();
                HttpResponse<byte[]> dump = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/dumps/dateline.nq.gz")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                System.out.printf("dump (written on first request): %d bytes in %.0f ms%n", dump.body().length,
                        (System.nanoTime() - dumpStart) / 1e6);
                System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    /**
     * What a reader waits for on the first request after a commit, when nothing computed before
     * it may be served: {@value #COMMITS} times, one more report is stored (its own commit) and each
     * page that reads the whole store is requested once. The reports are generated with another
     * seed, so they are new to the store, and are removed again at the end (more commits).
     */
    private static void afterCommits(ReportStore store, Path folder, IriScheme iris, String base, List<String> entities) throws Exception {
        ReportMapper mapper = new ReportMapper(iris, Clock.systemUTC(), "bench");
        SourceReader reader = new SourceReader();
        String[] pages = {entities.get(0), entities.get(0) + ".ttl", "/", "/browse/countries", "/browse/reports",
            "/browse/reports?sort=entities", "/.well-known/void", "/search?q=niger"};
        double[][] ms = new double[pages.length][COMMITS];
        List<String> added = new ArrayList<>();
        List<Path> files = new ReportGenerator(4242).write(folder, COMMITS);
        double[] commitMs = new double[COMMITS];
        for (int round = 0; round < COMMITS; round++) {
            long t = System.nanoTime();
            for (ReportDoc doc : read(reader, files.get(round))) {
                MappedReport mapped = withMentions(mapper.map(doc), doc.body(), iris);
                store.put(mapped);
                added.add(mapped.reportIri());
            }
            commitMs[round] = (System.nanoTime() - t) / 1e6;
            for (int k = 0; k < pages.length; k++) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = get(base + pages[k], pages[k].endsWith("void") ? "text/turtle" : "text/html");
                ms[k][round] = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    System.out.printf("  HTTP %d for %s after a commit%n", response.statusCode(), pages[k]);
                }
            }
        }
        Arrays.sort(commitMs);
        System.out.printf("after a commit (%d commits; storing one report: p50 %.0f ms, max %.0f ms):%n", COMMITS,
                commitMs[COMMITS / 2], commitMs[COMMITS - 1]);
        for (int k = 0; k < pages.length; k++) {
            Arrays.sort(ms[k]);
            System.out.printf("  first %-34s p50 %7.1f ms  max %7.1f ms%n", pages[k], ms[k][COMMITS / 2], ms[k][COMMITS - 1]);
        }
        added.forEach(store::delete);
    }

    /** The IRIs of the stored reports (every named graph but the entities'). */
    static List<String> reportIris(ReportStore store, IriScheme iris) {
        String entities = iris.entitiesGraph();
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            store.dataset().listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && !g.getURI().equals(entities)) {
                    out.add(g.getURI());
                }
            });
            return out;
        });
    }

    /**
     * Generates {@code count} reports into {@code folder}, maps them with synthetic mentions and
     * stores them in batches, the next batch read and mapped on {@code threads} threads while one
     * is stored. Reports already stored are left as they are, so an interrupted fill is resumed.
     */
    private static void fill(ReportStore store, Path folder, int count, IriScheme iris, int threads) throws Exception {
        long start = System.nanoTime();
        List<Path> files = new ReportGenerator(42).write(folder, count);
        ReportMapper mapper = new ReportMapper(iris, Clock.systemUTC(), "bench");
        SourceReader reader = new SourceReader();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            Future<List<MappedReport>> next = null;
            int stored = 0;
            for (int from = 0; from < files.size() || next != null; from += BATCH) {
                Future<List<MappedReport>> current = next;
                List<Path> chunk = from < files.size() ? files.subList(from, Math.min(files.size(), from + BATCH)) : List.of();
                next = chunk.isEmpty() ? null : pool.submit(() -> chunk.parallelStream()
                        .flatMap(file -> read(reader, file).stream().map(doc -> withMentions(mapper.map(doc), doc.body(), iris)))
                        .toList());
                if (current != null) {
                    stored += store.putAll(current.get()).size();
                    System.out.printf("  %d reports stored, %.0f s%n", stored, (System.nanoTime() - start) / 1e9);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ReportDoc> read(SourceReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (UnreadableSourceException e) {
            throw new IllegalStateException("generated report unreadable: " + file + ": " + e.reason(), e);
        }
    }

    /** Synthetic understanding: every occurrence of a country's name becomes a linked mention. */
    private static MappedReport withMentions(MappedReport mapped, String body, IriScheme iris) {
        Model graph = mapped.graph();
        Model entities = mapped.entities();
        Resource report = graph.getResource(mapped.reportIri());
        Resource context = report.getPropertyResourceValue(Vocab.BODY_CONTEXT);
        for (String country : COUNTRIES) {
            int from = 0;
            for (int at = body.indexOf(country, from); at >= 0; at = body.indexOf(country, from)) {
                int begin = body.codePointCount(0, at);
                int end = begin + country.codePointCount(0, country.length());
                Resource entity = entities.createResource(iris.entity(country), Vocab.COUNTRY)
                        .addProperty(RDFS.label, country).addProperty(Vocab.NAME, country);
                graph.createResource(mapped.reportIri() + "#char=" + begin + "," + end)
                        .addProperty(RDF.type, graph.createResource(Vocab.NIF + "Phrase"))
                        .addProperty(graph.createProperty(Vocab.NIF, "referenceContext"), context)
                        .addLiteral(Vocab.BEGIN_INDEX, graph.createTypedLiteral(String.valueOf(begin), XSDDatatype.XSDnonNegativeInteger))
                        .addLiteral(Vocab.END_INDEX, graph.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDnonNegativeInteger))
                        .addProperty(graph.createProperty(Vocab.NIF, "anchorOf"), country)
                        .addProperty(graph.createProperty(Vocab.ITSRDF, "taIdentRef"), entity);
                report.addProperty(Vocab.MENTIONS, entity);
                from = at + country.length();
            }
        }
        return mapped;
    }

    private static void measure(String name, int count, IntFunction<String> url, String accept) throws Exception {
        double[] ms = new double[count];
        long bytes = 0;
        long cpuStart = processCpuNanos();
        int errors = 0;
        String firstError = null;
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> response = get(url.apply(i), accept);
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200) {
                // Counted and shown, not fatal: one kind failing at scale should not hide the others' figures.
                errors++;
                firstError = firstError != null ? firstError : "HTTP " + response.statusCode() + " for " + response.uri();
            }
            bytes += response.body().length;
        }
        double cpu = (processCpuNanos() - cpuStart) / 1e6 / count;
        Arrays.sort(ms);
        System.out.printf("%-36s n=%5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  CPU %5.1f ms/request  (%d bytes avg)%n",
                name, count, ms[count / 2], ms[(int) (count * 0.9)], ms[Math.min(count - 1, (int) (count * 0.99))], ms[count - 1],
                cpu, bytes / count);
        if (errors > 0) {
            System.out.printf("  %s: %d of %d requests failed, the first: %s%n", name, errors, count, firstError);
        }
    }

    /** CPU time of this process (server and client are both in it), all threads. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
