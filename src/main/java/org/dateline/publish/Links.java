package org.dateline.publish;

import org.apache.jena.graph.Node;
import org.dateline.map.IriScheme;

/**
 * Turns IRIs into links on pages. IRIs under the base become paths on this server (so browsing
 * works whatever host the base names, behind a proxy or not); Wikidata items stay plain links;
 * anything else is shown as text, so that no page makes the browser fetch or follow an unknown host.
 */
public final class Links {

    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    private final String base;

    public Links(IriScheme iris) {
        this.base = iris.base();
    }

    public String base() {
        return base;
    }

    /** The local path of an IRI under the base, or null. */
    public String local(String iri) {
        return iri != null && iri.startsWith(base) ? "/" + iri.substring(base.length()) : null;
    }

    /** The IRI that a request path (starting with "/") names. */
    public String iriOf(String path) {
        return base + path.substring(1);
    }

    public String href(String iri) {
        String local = local(iri);
        if (local != null) {
            return local;
        }
        if (iri != null && iri.startsWith(WIKIDATA)) {
            return "https://www.wikidata.org/wiki/" + iri.substring(WIKIDATA.length());
        }
        return null;
    }

    /** A link to the node's page with the given label, or just the label. */
    public String link(Node node, String label) {
        return node != null && node.isURI() ? Html.link(href(node.getURI()), label) : Html.text(label);
    }
}
