package org.dateline.pipeline;

/**
 * One line of an ingest: a report (or a source that yielded none) and what became of it.
 *
 * @param source    the file, with "#n" when the file holds several reports
 * @param status    what happened
 * @param reportIri the report's IRI; null when it was never mapped
 * @param detail    the reason it was set aside, or a note (e.g. how its date was inferred); may be null
 */
public record ReportResult(String source, Status status, String reportIri, String detail) {

    public String line() {
        StringBuilder line = new StringBuilder(status.label()).append("  ").append(source);
        if (reportIri != null) {
            line.append("  ").append(reportIri);
        }
        if (detail != null) {
            // A reason follows the file as "file: reason"; a note on a stored report stands apart.
            line.append(status == Status.REJECTED ? ": " : "  - ").append(detail);
        }
        return line.toString();
    }
}
