package org.dateline.map;

import org.apache.jena.rdf.model.Model;

/**
 * A report as RDF, ready to validate and store.
 *
 * @param reportIri      the report's IRI, which also names its graph
 * @param sourceUri      the source it was read from
 * @param sourcePosition its position among that source's reports (1-based)
 * @param graph          the report's own triples: its named graph
 * @param entities       descriptions (type, labels) of the entities the report refers to, which
 *                       belong in the shared entities graph
 */
public record MappedReport(String reportIri, String sourceUri, int sourcePosition, Model graph, Model entities) {
}
