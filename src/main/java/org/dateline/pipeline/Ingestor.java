package org.dateline.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.dateline.link.FileOrder;
import org.dateline.map.MappedReport;
import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;
import org.dateline.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline for one source file: read, map, validate, and store each report that
 * conforms, with its warnings (what it lacks) kept in its graph and named on its line; set aside,
 * with its reason, each one that does not.
 *
 * <p>Reports are stored in batches, several files' reports in one write transaction: a commit
 * syncs the disk, which took 9 of the 12 ms a metadata-only report cost when each report had
 * its own. A batch is committed when it holds {@link #MAX_BATCH_REPORTS} reports, or when the
 * next file is not ready {@link #LINGER_MILLIS} ms after the batch began, so that a slow
 * language engine never holds finished reports back for long. A report's line is handed on only
 * once its batch is committed: what was printed is stored, and a process killed mid-batch
 * loses at most that batch, which a second run stores.
 */
public final class Ingestor {

    /** At most this many reports in one write transaction (a bound on memory and on a lost batch). */
    public static final int MAX_BATCH_REPORTS = 256;
    /** How long a batch waits for more files before it is committed. */
    public static final long LINGER_MILLIS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The stages before the store for one file: {@link ReportProcessor#process}, or a stand-in that times them. */
    @FunctionalInterface
    public interface Preparation {
        List<ProcessedReport> process(Path file) throws UnreadableSourceException;
    }

    private final Preparation preparation;
    private final ReportStore store;
    private final RejectedFolder rejected;
    /** Files handed in by {@link #ingestShared}, waiting for the writer; guards {@link #writer} too. */
    private final Deque<Waiting> queue = new ArrayDeque<>();
    private Thread writer;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong storedReports = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();
    private final AtomicLong storeCpuNanos = new AtomicLong();

    public Ingestor(ReportProcessor processor, ReportStore store, RejectedFolder rejected) {
        this(processor::process, store, rejected);
    }

    public Ingestor(Preparation preparation, ReportStore store, RejectedFolder rejected) {
        this.preparation = preparation;
        this.store = store;
        this.rejected = rejected;
    }

    /** Ingests one file, its reports in one transaction. */
    public List<ReportResult> ingest(Path file) {
        return store(List.of(new Pending(file, prepare(file)))).get(0);
    }

    /**
     * Ingests one file from one of many threads (a server taking reports): the file is prepared on
     * the calling thread, then stored by a writer thread together with whatever other threads
     * handed in meanwhile, in one transaction (group commit), so that concurrent callers share a
     * commit instead of queueing for one each. Returns once the file's reports are committed.
     */
    public List<ReportResult> ingestShared(Path file) {
        Waiting waiting = new Waiting(new Pending(file, prepare(file)), new CompletableFuture<>());
        synchronized (queue) {
            queue.add(waiting);
            if (writer == null) {
                writer = new Thread(this::writeQueued, "dateline-writer");
                writer.setDaemon(true);
                writer.start();
            }
        }
        try {
            return waiting.results().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing " + file, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** The writer of {@link #ingestShared}: stores what is queued, batch by batch; ends when idle. */
    private void writeQueued() {
        while (true) {
            List<Waiting> batch = new ArrayList<>();
            synchronized (queue) {
                int reports = 0;
                while (!queue.isEmpty() && reports < MAX_BATCH_REPORTS) {
                    Waiting next = queue.remove();
                    batch.add(next);
                    reports += Math.max(1, next.pending().prepared().reports().size());
                }
                if (batch.isEmpty()) {
                    // Idle: end, and let the next caller start a writer (no thread outlives its use).
                    writer = null;
                    return;
                }
            }
            try {
                List<List<ReportResult>> results = store(batch.stream().map(Waiting::pending).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).results().complete(results.get(i));
                }
            } catch (RuntimeException e) {
                batch.forEach(waiting -> waiting.results().completeExceptionally(e));
            }
        }
    }

    /**
     * Ingests the files in their order, each file's results handed to {@code each} once they are
     * committed. The language engine takes most of the time and the store waits on the disk, so
     * files are read, understood, mapped and validated ahead on {@code threads} threads while the
     * calling thread stores them in batches: one writer, results in file order. The link stage's
     * memory of unlinked people meets them in file order too ({@link FileOrder}), so that the graphs
     * do not depend on which thread ran first.
     */
    public void ingestAll(List<Path> files, int threads, Consumer<List<ReportResult>> each) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dateline-prepare");
            thread.setDaemon(true);
            return thread;
        });
        // Enough files ahead to keep the preparing threads busy while the writer waits on the disk
        // for a commit, so that the next batch is ready when it returns.
        int lookahead = MAX_BATCH_REPORTS + 2 * threads;
        // People are met in file order, as the files are stored, not as the threads happen to run.
        FileOrder order = new FileOrder();
        long submitted = 0;
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            Deque<Path> aheadFiles = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            List<Pending> batch = new ArrayList<>();
            int batchReports = 0;
            long batchStart = 0;
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < lookahead) {
                    Path file = next.next();
                    aheadFiles.add(file);
                    long number = submitted++;
                    ahead.add(pool.submit(() -> order.run(number, () -> prepare(file))));
                }
                Prepared prepared;
                if (batch.isEmpty()) {
                    prepared = await(ahead.peek(), -1);
                    batchStart = System.nanoTime();
                } else {
                    long left = LINGER_MILLIS - (System.nanoTime() - batchStart) / 1_000_000;
                    prepared = left > 0 ? await(ahead.peek(), left) : null;
                    if (prepared == null) {
                        store(batch).forEach(each);
                        batch.clear();
                        batchReports = 0;
                        continue;
                    }
                }
                ahead.remove();
                batch.add(new Pending(aheadFiles.remove(), prepared));
                batchReports += prepared.reports().size();
                if (batchReports >= MAX_BATCH_REPORTS) {
                    store(batch).forEach(each);
                    batch.clear();
                    batchReports = 0;
                }
            }
            if (!batch.isEmpty()) {
                store(batch).forEach(each);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The next prepared file; null when it is not ready within {@code millis} (negative: wait for it). */
    private static Prepared await(Future<Prepared> future, long millis) {
        try {
            return millis < 0 ? future.get() : future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing reports", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** A source file read, understood, mapped and validated; or the reason it could not be read. */
    record Prepared(List<ProcessedReport> reports, String unreadable) {
    }

    /** A prepared file waiting for its batch to be stored. */
    private record Pending(Path file, Prepared prepared) {
    }

    /** A file handed to {@link #ingestShared}, and where its results go. */
    private record Waiting(Pending pending, CompletableFuture<List<ReportResult>> results) {
    }

    /**
     * Write transactions committed, the reports they stored, the time spent in them and the CPU
     * time of that (the rest is waiting on the disk), for benchmarks.
     */
    public record StoreFigures(long transactions, long reports, long nanos, long cpuNanos) {
    }

    public StoreFigures storeFigures() {
        return new StoreFigures(transactions.get(), storedReports.get(), storeNanos.get(), storeCpuNanos.get());
    }

    /** Everything but storing ({@link SourceResult#of}): changes nothing, so files can be prepared on several threads. */
    private Prepared prepare(Path file) {
        SourceResult result = SourceResult.of(preparation, file);
        return new Prepared(result.reports(), result.unreadable());
    }

    /**
     * The reason given, on one line, for a file that broke a stage: the fault is ours, not the
     * file's, and worth a bug report ({@code convert} says the same).
     */
    public static String faultReason(RuntimeException e) {
        return "could not be processed (" + String.valueOf(e).replaceAll("\\s+", " ") + "); please report this";
    }

    /**
     * Stores the conforming reports of a batch of files in one transaction and sets the others
     * aside; returns each file's results, in order. When the transaction fails, the files are
     * stored one by one, so that only the file at fault is set aside.
     */
    private List<List<ReportResult>> store(List<Pending> batch) {
        List<MappedReport> conforming = new ArrayList<>();
        for (Pending pending : batch) {
            for (ProcessedReport report : pending.prepared().reports()) {
                if (report.validation().conforms()) {
                    conforming.add(report.mapped());
                }
            }
        }
        List<StoreOutcome> outcomes;
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        try {
            outcomes = store.putAll(conforming);
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                return batch.stream().map(pending -> store(List.of(pending)).get(0)).toList();
            }
            LOG.info("could not store {}", batch.get(0).file(), e);
            String reason = "could not be stored (" + e + "); please report this";
            return List.of(store(batch.get(0).file(), new Prepared(List.of(), reason), new ArrayDeque<>()));
        }
        if (!conforming.isEmpty()) {
            storeNanos.addAndGet(System.nanoTime() - start);
            storeCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
            transactions.incrementAndGet();
            storedReports.addAndGet(conforming.size());
        }
        Deque<StoreOutcome> inOrder = new ArrayDeque<>(outcomes);
        return batch.stream().map(pending -> store(pending.file(), pending.prepared(), inOrder)).toList();
    }

    /** One file's results, its conforming reports' outcomes taken in order from {@code outcomes}. */
    private List<ReportResult> store(Path file, Prepared prepared, Deque<StoreOutcome> outcomes) {
        if (prepared.unreadable() != null) {
            rejected.unreadable(file, prepared.unreadable());
            return List.of(new ReportResult(file.toString(), Status.REJECTED, null, prepared.unreadable()));
        }
        List<ProcessedReport> reports = prepared.reports();
        List<ReportResult> results = new ArrayList<>();
        boolean many = reports.size() > 1;
        for (ProcessedReport report : reports) {
            String source = many ? file + "#" + report.doc().source().position() : file.toString();
            String iri = report.mapped().reportIri();
            if (!report.validation().conforms()) {
                rejected.invalid(file, report);
                results.add(new ReportResult(source, Status.REJECTED, iri, report.validation().summary(),
                        report.validation().report()));
                continue;
            }
            StoreOutcome outcome = outcomes.remove();
            results.add(new ReportResult(source, status(outcome), iri, note(report)));
        }
        return results;
    }

    /** How the date was inferred, if it was, and what the report lacks: "(warnings: no headline)". */
    /** The date's note, the SHACL warnings and the language engine's notes, in one line. */
    private static String note(ProcessedReport report) {
        String date = report.doc().published() == null ? null : report.doc().published().note();
        String warnings = report.validation().warningNote();
        String note = warnings.isEmpty() ? date : date == null ? warnings : date + " " + warnings;
        if (!report.notes().isEmpty()) {
            note = (note == null ? "" : note + "; ") + String.join("; ", report.notes());
        }
        return note;
    }

    private static Status status(StoreOutcome outcome) {
        return switch (outcome) {
            case ADDED -> Status.ADDED;
            case REPLACED -> Status.REPLACED;
            case UNCHANGED -> Status.UNCHANGED;
        };
    }
}
