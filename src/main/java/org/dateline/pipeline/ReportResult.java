package org.dateline.pipeline;

import org.apache.jena.rdf.model.Model;

/**
 * One line of an ingest: a report (or a source that yielded none) and what became of it.
 *
 * @param source    the file, with "#n" when the file holds several reports
 * @param status    what happened
 * @param reportIri the report's IRI; null when it was never mapped
 * @param detail    the reason it was set aside, or a note (e.g. how its date was inferred); may be null
 * @param validation the SHACL validation report of a report set aside for not conforming; null otherwise
 */
public record ReportResult(String source, Status status, String reportIri, String detail, Model validation) {

    public ReportResult(String source, Status status, String reportIri, String detail) {
        this(source, status, reportIri, detail, null);
    }

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
