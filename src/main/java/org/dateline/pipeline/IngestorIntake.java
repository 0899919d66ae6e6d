package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.dateline.publish.ReportIntake;
import org.dateline.store.ReportStore;

/**
 * The write endpoint's way into the pipeline: the ingestor {@code serve} uses for its paths and
 * watched folder, storing concurrent posts together ({@link Ingestor#ingestShared}), each file's
 * lines handed on as {@code ingest} prints them.
 */
public final class IngestorIntake implements ReportIntake {

    private final Ingestor ingestor;
    private final ReportStore store;
    private final Path uploads;
    private final Consumer<ReportResult> lines;

    /** @param lines receives each report's line, as {@code ingest} prints it */
    public IngestorIntake(Ingestor ingestor, ReportStore store, Path uploads, Consumer<ReportResult> lines) {
        this.ingestor = ingestor;
        this.store = store;
        this.uploads = uploads;
        this.lines = lines;
    }

    /** Received files are kept beside the store: {@code dateline-db-posted/}. */
    public static Path besideStore(Path db) {
        Path absolute = db.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-posted");
    }

    @Override
    public List<Received> ingest(Path file) {
        List<ReportResult> results = ingestor.ingestShared(file);
        results.forEach(lines);
        return results.stream().map(result -> new Received(result.reportIri(), result.status().label(),
                result.status() != Status.REJECTED, result.detail(), result.validation())).toList();
    }

    @Override
    public boolean delete(String reportIri) {
        boolean deleted = store.delete(reportIri);
        if (deleted) {
            lines.accept(new ReportResult("DELETE", Status.REMOVED, reportIri, null));
        }
        return deleted;
    }

    @Override
    public Path uploads() {
        return uploads;
    }
}
