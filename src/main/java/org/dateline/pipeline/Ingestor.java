package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;
import org.dateline.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline for one source file: read, map, validate, and store each report that
 * conforms, with its warnings (what it lacks) kept in its graph and named on its line; set aside,
 * with its reason, each one that does not.
 */
public final class Ingestor {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    private final ReportProcessor processor;
    private final ReportStore store;
    private final RejectedFolder rejected;

    public Ingestor(ReportProcessor processor, ReportStore store, RejectedFolder rejected) {
        this.processor = processor;
        this.store = store;
        this.rejected = rejected;
    }

    public List<ReportResult> ingest(Path file) {
        return store(file, prepare(file));
    }

    /**
     * Ingests the files in their order, each file's results handed to {@code each} as it is stored.
     * The language engine takes most of the time and the store waits on the disk, so up to two
     * files per thread are read, understood, mapped and validated ahead, on {@code threads}
     * threads, while the calling thread stores: one writer, results in file order.
     */
    public void ingestAll(List<Path> files, int threads, Consumer<List<ReportResult>> each) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dateline-prepare");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            Deque<Path> aheadFiles = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (next.hasNext() || !ahead.isEmpty()) {
                while (next.hasNext() && ahead.size() < 2 * threads) {
                    Path file = next.next();
                    aheadFiles.add(file);
                    ahead.add(pool.submit(() -> prepare(file)));
                }
                each.accept(store(aheadFiles.remove(), await(ahead.remove())));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing reports", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** A source file read, understood, mapped and validated; or the reason it could not be read. */
    public record Prepared(List<ProcessedReport> reports, String unreadable) {
    }

    /**
     * Everything but storing: changes nothing, so files can be prepared on several threads. A file
     * that breaks a stage (a fault of ours, not of the file) is set aside with the error as its
     * reason, so that the rest of the batch goes on.
     */
    public Prepared prepare(Path file) {
        try {
            return new Prepared(processor.process(file), null);
        } catch (UnreadableSourceException e) {
            return new Prepared(List.of(), e.reason());
        } catch (RuntimeException e) {
            LOG.error("could not process {}", file, e);
            return new Prepared(List.of(), faultReason(e));
        }
    }

    /**
     * The reason given, on one line, for a file that broke a stage: the fault is ours, not the
     * file's, and worth a bug report ({@code convert} says the same).
     */
    public static String faultReason(RuntimeException e) {
        return "could not be processed (" + String.valueOf(e).replaceAll("\\s+", " ") + "); please report this";
    }

    public List<ReportResult> store(Path file, Prepared prepared) {
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
                results.add(new ReportResult(source, Status.REJECTED, iri, report.validation().summary()));
                continue;
            }
            StoreOutcome outcome = store.put(report.mapped());
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
