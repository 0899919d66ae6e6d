package org.dateline.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.dateline.store.ReportStore;

/**
 * Keeps the store in step with a folder while the server answers ({@code serve --watch DIR}):
 * report files added or changed under the folder are ingested (replacing their earlier
 * version), and the reports of files removed from it are removed from the store. Each change is
 * one or more TDB2 write transactions, so readers see a report whole or not at all.
 *
 * <p>The folder is scanned every interval (file size and modification time), which works on
 * every file system, network and container mounts included, where change notification does not.
 * A file is taken only once it has not been modified for one interval, so that a file still being
 * copied in is read when it is complete. The first scan also removes the reports of files that
 * left the folder while no server watched it.
 */
public final class FolderWatch implements AutoCloseable {

    private final Path folder;
    private final String folderUri;
    private final Ingestor ingestor;
    private final ReportStore store;
    private final Consumer<ReportResult> lines;
    private final Duration interval;
    private final int threads;
    /** The state of each file as it was last ingested. */
    private final Map<Path, FileState> ingested = new HashMap<>();
    private ScheduledExecutorService scanner;
    private boolean firstScanDone;

    /** What a file looked like when it was last taken. */
    private record FileState(long size, long modifiedMillis) {
    }

    /**
     * @param lines    receives a line per report stored, set aside or removed, as {@code ingest} prints them
     * @param interval how often the folder is scanned, and how long a file must stay unmodified
     * @param threads  threads preparing files when many change at once
     */
    public FolderWatch(Path folder, Ingestor ingestor, ReportStore store, Consumer<ReportResult> lines,
            Duration interval, int threads) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the interval must be positive: " + interval);
        }
        this.folder = folder.toAbsolutePath().normalize();
        String uri = this.folder.toUri().toString();
        this.folderUri = uri.endsWith("/") ? uri : uri + "/";
        this.ingestor = ingestor;
        this.store = store;
        this.lines = lines;
        this.interval = interval;
        this.threads = threads;
    }

    /** Scans now, then every interval on a thread of its own, until closed. */
    public void start(Consumer<RuntimeException> failures) {
        scan();
        scanner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dateline-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scanner.scheduleWithFixedDelay(() -> {
            try {
                scan();
            } catch (RuntimeException e) {
                // One failed scan (a folder briefly unreadable) must not end the watch: the next one retries.
                failures.accept(e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the changes since the last scan: ingests the files added or changed (and settled),
     * removes the reports of the files gone. Returns what it did, line by line.
     */
    public synchronized List<ReportResult> scan() {
        List<ReportResult> results = new ArrayList<>();
        Map<Path, FileState> present = listFiles();
        long settledBefore = System.currentTimeMillis() - interval.toMillis();

        List<Path> changed = new ArrayList<>();
        for (Map.Entry<Path, FileState> file : present.entrySet()) {
            FileState state = file.getValue();
            boolean settled = !firstScanDone || state.modifiedMillis() <= settledBefore;
            if (settled && !state.equals(ingested.get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        changed.sort(null);
        if (!changed.isEmpty()) {
            // Results come file by file, in the order of the files.
            int[] next = {0};
            ingestor.ingestAll(changed, threads, fileResults -> {
                Path file = changed.get(next[0]++);
                fileResults.forEach(this::emit);
                results.addAll(fileResults);
                ingested.put(file, present.get(file));
                results.addAll(dropPositionsBeyond(file, fileResults));
            });
        }

        List<Path> gone = new ArrayList<>();
        for (Path file : ingested.keySet()) {
            if (!present.containsKey(file)) {
                gone.add(file);
            }
        }
        gone.sort(null);
        for (Path file : gone) {
            ingested.remove(file);
            results.addAll(removed(file, store.deleteFromSource(uriOf(file), 1)));
        }
        if (!firstScanDone) {
            results.addAll(removeSourcesMissingSinceLastRun());
            firstScanDone = true;
        }
        return results;
    }

    /**
     * A file that held three reports and now holds two: the third's graph goes. A file that could
     * not be read at all keeps its earlier reports, as with {@code ingest}.
     */
    private List<ReportResult> dropPositionsBeyond(Path file, List<ReportResult> fileResults) {
        boolean read = fileResults.stream().anyMatch(result -> result.reportIri() != null);
        return read ? removed(file, store.deleteFromSource(uriOf(file), fileResults.size() + 1)) : List.of();
    }

    private List<ReportResult> removeSourcesMissingSinceLastRun() {
        List<ReportResult> results = new ArrayList<>();
        for (String source : store.sourcesUnder(folderUri)) {
            Path file = Path.of(URI.create(source));
            if (!Files.exists(file)) {
                results.addAll(removed(file, store.deleteFromSource(source, 1)));
            }
        }
        return results;
    }

    private List<ReportResult> removed(Path file, List<String> reportIris) {
        List<ReportResult> results = new ArrayList<>();
        for (String iri : reportIris) {
            ReportResult result = new ReportResult(file.toString(), Status.REMOVED, iri, null);
            emit(result);
            results.add(result);
        }
        return results;
    }

    private void emit(ReportResult result) {
        lines.accept(result);
    }

    private Map<Path, FileState> listFiles() {
        Map<Path, FileState> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            // A folder that vanished is not a folder emptied: keep the store as it is until it is back.
            return new HashMap<>(ingested);
        }
        for (Path file : SourceFiles.expand(List.of(folder)).files()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(file.toAbsolutePath().normalize(),
                        new FileState(attributes.size(), attributes.lastModifiedTime().toMillis()));
            } catch (IOException e) {
                // Removed between the listing and now: the next scan sees it gone.
            }
        }
        return files;
    }

    private static String uriOf(Path file) {
        return file.toAbsolutePath().normalize().toUri().toString();
    }

    @Override
    public void close() {
        if (scanner != null) {
            scanner.shutdownNow();
            try {
                scanner.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
