package org.dateline.publish;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * What the write endpoint hands a received report file to: the rest of the pipeline, seen from
 * the server (the command line wires it to the ingestor, as {@code ingest} uses it).
 */
public interface ReportIntake {

    /**
     * One report of a received file and what became of it.
     *
     * @param iri        the report's IRI; null when the file could not be read at all
     * @param status     as an ingest line says it: "ok", "replaced", "unchanged" or "set aside"
     * @param stored     whether the report is in the store now
     * @param detail     the reason it was set aside, or a note; may be null
     * @param validation the SHACL validation report of a report that does not conform; null otherwise
     */
    record Received(String iri, String status, boolean stored, String detail, Model validation) {
    }

    /** Reads, validates and stores the reports of {@code file}, setting aside those that fail. */
    List<Received> ingest(Path file);

    /** Removes a report; false when the store does not hold it. */
    boolean delete(String reportIri);

    /** Where received files are kept (they are the reports' sources). */
    Path uploads();
}
