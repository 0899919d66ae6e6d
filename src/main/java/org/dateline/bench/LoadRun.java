package org.dateline.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.IngestorIntake;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.pipeline.Status;
import org.dateline.publish.DatelineServer;
import org.dateline.publish.WriteToken;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;

/**
 * The store under load: a served store, reports posted to the write endpoint while many clients
 * ask for SPARQL results, HTML pages and RDF documents, all over loopback HTTP. Counts errors and
 * times each kind of request; an auditor checks all along that every report graph it sees has
 * exactly the triples its report maps to (no half-seen report). Reports are mapped from their
 * metadata only (no language engine), so that the load is the server's and the store's.
 * Every loop is bounded: clients stop at the deadline, or when the posts are done, or at a hard limit.
 */
public final class LoadRun {

    /** The kinds of request timed. */
    public enum Kind { SPARQL, HTML, RDF, POST }

    /**
     * @param clients   concurrent reading clients
     * @param duration  how long they read (longer when the posts take longer, up to {@code hardLimit})
     * @param posts     reports posted during the run
     * @param posters   threads posting them
     * @param preloaded reports in the store before the run
     * @param hardLimit the longest the run may take, whatever happens
     * @param store     a folder whose store ({@code db}) is served as it is instead of a fresh one of
     *                  {@code preloaded} reports (see {@code PageBenchmark --store}); null for a fresh one
     */
    public record Settings(int clients, Duration duration, int posts, int posters, int preloaded, Duration hardLimit, Path store) {

        public Settings(int clients, Duration duration, int posts, int posters, int preloaded, Duration hardLimit) {
            this(clients, duration, posts, posters, preloaded, hardLimit, null);
        }

        public Settings {
            if (clients < 1 || posts < 0 || posters < 1 || preloaded < 1 || duration.isNegative() || hardLimit.compareTo(duration) < 0) {
                throw new IllegalArgumentException("settings out of range: " + clients + " clients, " + posts + " posts, "
                        + posters + " posters, " + preloaded + " preloaded, " + duration + " / " + hardLimit);
            }
        }
    }

    /** How one kind of request fared: latencies in milliseconds. */
    public record Figures(Kind kind, long requests, long errors, double p50, double p99) {
    }

    /**
     * @param errors    the first few failures, one line each
     * @param halfSeen  report graphs seen with another size than their report's
     * @param audits    how many times the auditor read every report graph's size
     * @param stored    report graphs in the store at the end
     * @param expected  reports that should be there at the end (preloaded and posted, that conform)
     */
    public record Result(List<Figures> figures, long errorCount, List<String> errors, long halfSeen, long audits,
            double seconds, long stored, long expected) {
    }

    private static final int KEPT_ERRORS = 20;
    private static final String GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?g), \"" + IriScheme.DEFAULT_BASE + "report/\")) } GROUP BY ?g";
    /** The sizes of the posted reports' graphs only, in a store too large to count whole ten times a second. */
    private static final String POSTED_GRAPH_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { %s } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicLong> failures = new EnumMap<>(Kind.class);
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong errorCount = new AtomicLong();
    private final AtomicLong halfSeen = new AtomicLong();
    private final AtomicLong audits = new AtomicLong();
    /** The triples each report graph should have, from mapping its file here. */
    private final Map<String, Long> expectedSizes = new ConcurrentHashMap<>();
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private final List<String> entities = new CopyOnWriteArrayList<>();
    private volatile boolean postsDone;
    /** What the auditor asks: every report graph's size, or only the posted ones' in a reused store. */
    private String auditQuery = GRAPH_SIZES;

    private LoadRun(Settings settings) {
        this.settings = settings;
        for (Kind kind : Kind.values()) {
            nanos.put(kind, new ArrayList<>());
            failures.put(kind, new AtomicLong());
        }
    }

    /** Runs the load in {@code work} (a store, the report files and the server's files go there). */
    public static Result run(Path work, Settings settings) throws Exception {
        return new LoadRun(settings).run(work);
    }

    private Result run(Path work) throws Exception {
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        boolean reused = settings.store() != null;
        int preloaded = reused ? 0 : settings.preloaded();
        List<Path> files = new ReportGenerator(7).write(work.resolve("reports"), preloaded + settings.posts());
        ReportProcessor processor = new ReportProcessor(new SourceReader(), Understander.NONE,
                new ReportLinker(new GazetteerLinker(Gazetteer.bundled())), new ReportMapper(iris, Clock.systemUTC(), "load"),
                ShapeValidator.bundled());
        for (Path file : files) {
            for (ProcessedReport report : process(processor, file)) {
                if (report.validation().conforms()) {
                    expectedSizes.put(report.mapped().reportIri(), report.mapped().graph().size());
                }
            }
        }
        Path tokenFile = Files.writeString(work.resolve("token"), HexFormat.of().formatHex(new SecureRandom().generateSeed(32)));
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        String token = Files.readString(tokenFile).strip();

        if (reused) {
            auditQuery = POSTED_GRAPH_SIZES.formatted(String.join(" ", expectedSizes.keySet().stream().map(g -> "<" + g + ">").toList()));
        }
        try (ReportStore store = ReportStore.open(reused ? settings.store().resolve("db") : work.resolve("db"), iris)) {
            Ingestor ingestor = new Ingestor(processor, store, new RejectedFolder(work.resolve("rejected"), iris));
            if (reused) {
                reports.addAll(PageBenchmark.reportIris(store, iris));
            }
            ingestor.ingestAll(files.subList(0, preloaded), Runtime.getRuntime().availableProcessors(),
                    results -> results.stream().filter(r -> r.status() != Status.REJECTED).forEach(r -> reports.add(r.reportIri())));
            try (DatelineServer server = DatelineServer.create(store.dataset()).iris(iris).port(0).loopbackOnly(true)
                    .dumpFolder(work.resolve("dumps"))
                    .writes(new IngestorIntake(ingestor, store, work.resolve("posted"), line -> { }),
                            WriteToken.fromFile(tokenFile), 10L << 20)
                    .start()) {
                String root = "http://localhost:" + server.port();
                findEntities(root);
                long start = System.nanoTime();
                long deadline = start + settings.duration().toNanos();
                long hardDeadline = start + settings.hardLimit().toNanos();
                List<Thread> threads = new ArrayList<>();
                ConcurrentLinkedQueue<Path> toPost = new ConcurrentLinkedQueue<>(files.subList(preloaded, files.size()));
                AtomicLong postersLeft = new AtomicLong(settings.posters());
                for (int i = 0; i < settings.posters(); i++) {
                    threads.add(thread("poster-" + i, () -> {
                        try {
                            post(server.reportsUrl(), token, toPost, hardDeadline);
                        } finally {
                            if (postersLeft.decrementAndGet() == 0) {
                                postsDone = true;
                            }
                        }
                    }));
                }
                for (int i = 0; i < settings.clients(); i++) {
                    int client = i;
                    threads.add(thread("client-" + i, () -> read(root, client, deadline, hardDeadline)));
                }
                threads.add(thread("auditor", () -> audit(root, deadline, hardDeadline)));
                for (Thread thread : threads) {
                    thread.join(Math.max(1, (hardDeadline - System.nanoTime()) / 1_000_000 + 60_000));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                auditOnce(root);
                // Distinct: a reused store may already hold a posted report (stored again as unchanged).
                long expected = new java.util.HashSet<>(reports).size();
                return new Result(figures(), errorCount.get(), List.copyOf(errors), halfSeen.get(), audits.get(), seconds,
                        store.reportCount(), expected);
            }
        }
    }

    private static List<ProcessedReport> process(ReportProcessor processor, Path file) {
        try {
            return processor.process(file);
        } catch (UnreadableSourceException e) {
            return List.of();
        }
    }

    private static Thread thread(String name, Runnable work) {
        Thread thread = new Thread(work, "load-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private boolean running(long deadline, long hardDeadline) {
        long now = System.nanoTime();
        return now < hardDeadline && (now < deadline || !postsDone);
    }

    private void post(String url, String token, ConcurrentLinkedQueue<Path> toPost, long hardDeadline) {
        for (Path file; (file = toPost.poll()) != null && System.nanoTime() < hardDeadline; ) {
            String name = file.getFileName().toString();
            String type = name.endsWith(".md") ? "text/markdown" : "text/plain";
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "?name=" + name))
                        .header("Authorization", "Bearer " + token).header("Content-Type", type)
                        .timeout(Duration.ofSeconds(120))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                record(Kind.POST, t0, response.statusCode() == 201, "POST " + name, response);
                if (response.statusCode() == 201) {
                    for (JsonValue report : JSON.parse(response.body()).get("reports").getAsArray()) {
                        reports.add(report.getAsObject().getString("iri"));
                    }
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                fail(Kind.POST, "POST " + name + ": " + e);
            }
        }
    }

    /** One client: SPARQL, an HTML page and an RDF document in turn, on reports and entities picked at random. */
    private void read(String root, int client, long deadline, long hardDeadline) {
        Random random = new Random(client);
        for (long n = 0; running(deadline, hardDeadline); n++) {
            String report = reports.get(random.nextInt(reports.size()));
            String path = report.substring(IriScheme.DEFAULT_BASE.length() - 1);
            Kind kind = Kind.values()[(int) ((n + client) % 3)];
            String url;
            String accept;
            switch (kind) {
                case SPARQL -> {
                    String query = random.nextBoolean()
                            ? "PREFIX schema: <https://schema.org/> SELECT ?headline ?date WHERE { <" + report
                                    + "> schema:headline ?headline . OPTIONAL { <" + report + "> schema:datePublished ?date } }"
                            : "PREFIX schema: <https://schema.org/> SELECT ?r ?headline WHERE { ?r schema:mentions <"
                                    + pick(random, entities, report) + "> ; schema:headline ?headline } LIMIT 20";
                    url = root + "/dateline/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
                    accept = "application/sparql-results+json";
                }
                case HTML -> {
                    int page = random.nextInt(4);
                    url = root + (page == 0 ? "/" : page == 1 ? localPath(pick(random, entities, report)) : path);
                    accept = "text/html";
                }
                default -> {
                    url = root + (random.nextBoolean() ? path : localPath(pick(random, entities, report)));
                    accept = random.nextBoolean() ? "text/turtle" : "application/ld+json";
                }
            }
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                record(kind, t0, response.statusCode() == 200 && !response.body().isEmpty(), "GET " + url, response);
            } catch (IOException | InterruptedException | RuntimeException e) {
                fail(kind, "GET " + url + ": " + e);
            }
        }
    }

    private static String pick(Random random, List<String> from, String fallback) {
        return from.isEmpty() ? fallback : from.get(random.nextInt(from.size()));
    }

    private static String localPath(String iri) {
        return iri.substring(IriScheme.DEFAULT_BASE.length() - 1);
    }

    private void findEntities(String root) throws IOException, InterruptedException {
        String query = "SELECT DISTINCT ?e WHERE { ?r <https://schema.org/mentions>|<https://schema.org/publisher>|"
                + "<https://w3id.org/dateline/ns#datelinePlace> ?e "
                + "FILTER(STRSTARTS(STR(?e), \"" + IriScheme.DEFAULT_BASE + "entity/\")) } LIMIT 200";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + "/dateline/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // Only IRIs: a query cut short by its timeout ends its CSV with a comment line.
        response.body().lines().skip(1).map(String::strip).filter(line -> line.startsWith(IriScheme.DEFAULT_BASE)).forEach(entities::add);
    }

    /** Reads every report graph's size, again and again, comparing each with its report's. */
    private void audit(String root, long deadline, long hardDeadline) {
        while (running(deadline, hardDeadline)) {
            auditOnce(root);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void auditOnce(String root) {
        String url = root + "/dateline/sparql?query=" + URLEncoder.encode(auditQuery, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                fail(Kind.SPARQL, "audit: " + response.statusCode() + " " + response.body());
                return;
            }
            for (String line : response.body().lines().skip(1).toList()) {
                String[] row = line.split(",");
                if (row.length != 2) {
                    continue;
                }
                Long expected = expectedSizes.get(row[0].strip());
                long seen = Long.parseLong(row[1].strip());
                if (expected == null || expected != seen) {
                    halfSeen.incrementAndGet();
                    note("report graph " + row[0] + " seen with " + seen + " triples, expected " + expected);
                }
            }
            audits.incrementAndGet();
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(Kind.SPARQL, "audit: " + e);
        }
    }

    private void record(Kind kind, long startNanos, boolean ok, String what, HttpResponse<String> response) {
        long elapsed = System.nanoTime() - startNanos;
        List<Long> times = nanos.get(kind);
        synchronized (times) {
            times.add(elapsed);
        }
        if (!ok) {
            String body = response.body().replaceAll("\\s+", " ");
            fail(kind, what + ": " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
        }
    }

    private void fail(Kind kind, String what) {
        failures.get(kind).incrementAndGet();
        errorCount.incrementAndGet();
        note(what);
    }

    private void note(String what) {
        if (errors.size() < KEPT_ERRORS) {
            errors.add(what);
        }
    }

    private List<Figures> figures() {
        List<Figures> figures = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long[] sorted;
            List<Long> times = nanos.get(kind);
            synchronized (times) {
                sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            figures.add(new Figures(kind, sorted.length, failures.get(kind).get(), percentile(sorted, 50), percentile(sorted, 99)));
        }
        return figures;
    }

    private static double percentile(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** The figures as the benchmark prints them. */
    public static String format(Settings settings, Result result) {
        StringBuilder out = new StringBuilder(String.format(
                "load: %d clients for %.1f s while %d reports were posted (%d posting threads) to a store of %s reports%n",
                settings.clients(), result.seconds(), settings.posts(), settings.posters(),
                settings.store() == null ? String.valueOf(settings.preloaded()) : (result.expected() - settings.posts()) + " (reused)"));
        out.append(String.format("  %-7s %9s %7s %9s %9s%n", "kind", "requests", "errors", "p50 ms", "p99 ms"));
        for (Figures f : result.figures()) {
            out.append(String.format("  %-7s %9d %7d %9.1f %9.1f%n", f.kind().name().toLowerCase(), f.requests(), f.errors(),
                    f.p50(), f.p99()));
        }
        Figures posts = result.figures().get(Kind.POST.ordinal());
        out.append(String.format("posted: %.1f reports/s; reads: %.0f requests/s%n", posts.requests() / result.seconds(),
                result.figures().stream().filter(f -> f.kind() != Kind.POST).mapToLong(Figures::requests).sum() / result.seconds()));
        out.append(String.format("half-seen reports: %d (%d audits of every report graph's size); reports stored: %d of %d%n",
                result.halfSeen(), result.audits(), result.stored(), result.expected()));
        out.append("errors: ").append(result.errorCount());
        result.errors().forEach(error -> out.append(System.lineSeparator()).append("  ").append(error));
        return out.toString();
    }
}
