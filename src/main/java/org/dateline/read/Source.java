package org.dateline.read;

/**
 * Where a report came from: the file (or URL) as an IRI, a name to show people, and its position
 * (1-based) among the reports that source holds. Replacing "the same report from the same source"
 * is keyed on (uri, position).
 *
 * @param url the address the report was published at when the source states it (a WordPress
 *            post's {@code link}, a page's canonical URL or JSON-LD {@code url}); null when it
 *            does not. It is not the key: a file holding many posts is still one source.
 */
public record Source(String uri, String name, int position, String url) {

    /** A source that does not state where the report was published. */
    public Source(String uri, String name, int position) {
        this(uri, name, position, null);
    }
}
