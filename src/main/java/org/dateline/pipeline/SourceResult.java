package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.read.UnreadableSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source file taken through every stage but the store: its reports read, understood, linked,
 * mapped and validated, or the reason it could not be read. This is the pipeline as one function
 * of a source, with no store or server involved: {@code ingest} stores what it gives, and the
 * Spark job (spark/) writes it out as N-Quads ({@link ReportQuads}).
 *
 * @param file       the source, as given
 * @param reports    its reports, conforming or not, in their order in the source
 * @param unreadable why no report could be read from it; null when it was read
 */
public record SourceResult(Path file, List<ProcessedReport> reports, String unreadable) {

    private static final Logger LOG = LoggerFactory.getLogger(SourceResult.class);

    public SourceResult {
        reports = List.copyOf(reports);
    }

    /**
     * Takes {@code file} through {@code preparation}. Changes nothing, so files can be processed on
     * several threads or machines. A file that breaks a stage (a fault of ours, not of the file) is
     * set aside with the error as its reason, so that the rest of a run goes on.
     */
    public static SourceResult of(Ingestor.Preparation preparation, Path file) {
        try {
            return new SourceResult(file, preparation.process(file), null);
        } catch (UnreadableSourceException e) {
            return new SourceResult(file, List.of(), e.reason());
        } catch (RuntimeException e) {
            // The set-aside line names the error; its stack trace, for a bug report, shows with --verbose.
            LOG.info("could not process {}", file, e);
            return new SourceResult(file, List.of(), Ingestor.faultReason(e));
        }
    }

    /** The reports that conform to the shapes: those a store keeps. */
    public List<ProcessedReport> conforming() {
        return reports.stream().filter(report -> report.validation().conforms()).toList();
    }

    /** The lines {@code ingest} prints for what it sets aside from this source: the file, or each report that does not conform. */
    public List<ReportResult> setAside() {
        if (unreadable != null) {
            return List.of(new ReportResult(file.toString(), Status.REJECTED, null, unreadable));
        }
        List<ReportResult> results = new ArrayList<>();
        boolean many = reports.size() > 1;
        for (ProcessedReport report : reports) {
            if (!report.validation().conforms()) {
                String source = many ? file + "#" + report.doc().source().position() : file.toString();
                results.add(new ReportResult(source, Status.REJECTED, report.mapped().reportIri(),
                        report.validation().summary(), report.validation().report()));
            }
        }
        return results;
    }
}
