package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.read.UnreadableSourceException;
import org.dateline.store.ReportStore;
import org.dateline.store.StoreOutcome;

/**
 * The whole pipeline for one source file: read, map, validate, and store each report that
 * conforms; set aside, with its reason, each one that does not.
 */
public final class Ingestor {

    private final ReportProcessor processor;
    private final ReportStore store;
    private final RejectedFolder rejected;

    public Ingestor(ReportProcessor processor, ReportStore store, RejectedFolder rejected) {
        this.processor = processor;
        this.store = store;
        this.rejected = rejected;
    }

    public List<ReportResult> ingest(Path file) {
        List<ProcessedReport> reports;
        try {
            reports = processor.process(file);
        } catch (UnreadableSourceException e) {
            rejected.unreadable(file, e.reason());
            return List.of(new ReportResult(file.toString(), Status.REJECTED, null, e.reason()));
        }
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
            String note = report.doc().published() == null ? "no publication date" : report.doc().published().note();
            results.add(new ReportResult(source, status(outcome), iri, note));
        }
        return results;
    }

    private static Status status(StoreOutcome outcome) {
        return switch (outcome) {
            case ADDED -> Status.ADDED;
            case REPLACED -> Status.REPLACED;
            case UNCHANGED -> Status.UNCHANGED;
        };
    }
}
