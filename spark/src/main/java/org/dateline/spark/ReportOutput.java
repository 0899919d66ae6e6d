package org.dateline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * A conforming report as the job carries it between stages.
 *
 * @param order    its place in the order {@code ingest} would store it: which report came first
 *                 decides, as in the store, an entity's label and which of two identical reports is kept
 * @param iri      the report's IRI, which names its graph
 * @param quads    its graph as sorted N-Quads lines
 * @param entities its entity descriptions as sorted N-Quads lines in the entities graph
 */
record ReportOutput(long order, String iri, List<String> quads, List<String> entities) implements Serializable {

    /** The order of a report: its file's place in the run, then its place in the file. */
    static long order(long fileIndex, int position) {
        return (fileIndex << 24) + position;
    }
}
