package org.dateline.read;

/**
 * Where a report came from: the file (or URL) as an IRI, a name to show people, and its position
 * (1-based) among the reports that source holds. Replacing "the same report from the same source"
 * is keyed on (uri, position).
 */
public record Source(String uri, String name, int position) {
}
