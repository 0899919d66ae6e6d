package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.pipeline.ReportResult;
import org.dateline.pipeline.SourceFiles;
import org.dateline.pipeline.Status;
import org.dateline.store.ReportStore;
import org.dateline.understand.Understander;

/** Ingests paths into a store, printing a line per report, a progress bar and a summary. */
final class IngestRun {

    private IngestRun() {
    }

    /** @return true when every report was stored (or was already there) */
    static boolean run(List<Path> paths, ReportStore store, Path db, IriScheme iris, Understander understander,
            ReportLinker linker, PrintStream out, PrintStream err) {
        RejectedFolder rejected = new RejectedFolder(RejectedFolder.besideStore(db), iris);
        return run(paths, new Ingestor(Stages.processor(iris, understander, linker), store, rejected), rejected.root(),
                out, err);
    }

    /**
     * Ingests with an ingestor set up already (serve shares one between its start-up ingest, the
     * watched folder and the write endpoint).
     *
     * @return true when every report was stored (or was already there)
     */
    static boolean run(List<Path> paths, Ingestor ingestor, Path rejectedRoot, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        SourceFiles.Expansion expansion = SourceFiles.expand(paths);
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        expansion.missing().forEach(result -> report(result, counts, out));

        Progress progress = new Progress(err, expansion.files().size());
        int[] done = {0};
        ingestor.ingestAll(expansion.files(), Runtime.getRuntime().availableProcessors(), results -> {
            progress.clear();
            results.forEach(result -> report(result, counts, out));
            progress.show(++done[0]);
        });
        progress.finish();

        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder summary = new StringBuilder(String.format("%d reports from %d files in %.1f s:",
                total, expansion.files().size(), seconds));
        for (Status status : Status.values()) {
            if (status == Status.REMOVED) {
                continue;   // ingest removes nothing; serve --watch prints its own lines
            }
            summary.append(' ').append(counts.getOrDefault(status, 0)).append(' ').append(status.label()).append(',');
        }
        summary.setLength(summary.length() - 1);
        int setAside = counts.getOrDefault(Status.REJECTED, 0);
        if (setAside > 0) {
            summary.append(" (reasons and sources in ").append(rejectedRoot).append(')');
        }
        out.println(summary);
        return setAside == 0;
    }

    private static void report(ReportResult result, Map<Status, Integer> counts, PrintStream out) {
        counts.merge(result.status(), 1, Integer::sum);
        out.println(result.line());
    }
}
