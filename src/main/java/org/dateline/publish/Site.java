package org.dateline.publish;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.map.IriScheme;

/** What every page and servlet of the linked-data site shares. */
public final class Site {

    private final IriScheme iris;
    private final Sparql sparql;
    private final Links links;
    private final Vocabularies vocabularies;
    private final Describer describer;
    private final RdfOutput rdf;
    private final StoreCache cache;

    public Site(DatasetGraph dataset, IriScheme iris) {
        this.iris = iris;
        this.sparql = new Sparql(dataset);
        this.links = new Links(iris);
        this.vocabularies = new Vocabularies();
        this.describer = new Describer(dataset, iris.base(), iris.entitiesGraph());
        this.rdf = new RdfOutput(iris.base());
        this.cache = new StoreCache(dataset);
    }

    public IriScheme iris() {
        return iris;
    }

    public Sparql sparql() {
        return sparql;
    }

    public Links links() {
        return links;
    }

    public Vocabularies vocabularies() {
        return vocabularies;
    }

    public Describer describer() {
        return describer;
    }

    public RdfOutput rdf() {
        return rdf;
    }

    /** Values computed from the whole store, kept until its next commit. */
    StoreCache cache() {
        return cache;
    }

    public DatasetGraph dataset() {
        return sparql.dataset();
    }

    /** The lexical form of a literal (or the IRI), "" when absent. */
    static String str(Map<String, Node> row, String var) {
        Node n = row.get(var);
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    /** The label of a node from a row, falling back to the vocabularies and the IRI. */
    String label(Map<String, Node> row, String nodeVar, String labelVar) {
        String label = str(row, labelVar);
        return label.isEmpty() ? vocabularies.label(row.get(nodeVar)) : label;
    }

    /** Links to the RDF representations of a resource's document. */
    String formats(String localPath) {
        StringBuilder out = new StringBuilder("<p class=\"formats\">Data: ");
        for (RdfVariant v : RdfVariant.values()) {
            if (v != RdfVariant.HTML) {
                out.append(Html.link(localPath + "." + v.suffix(), v.label())).append(' ');
            }
        }
        return out.append("</p>").toString();
    }

    /** The {@code <link rel=alternate>} elements for a resource's page head. */
    static String alternates(String localPath) {
        StringBuilder out = new StringBuilder();
        for (RdfVariant v : RdfVariant.values()) {
            if (v != RdfVariant.HTML) {
                out.append("<link rel=\"alternate\" type=\"").append(v.mediaType()).append("\" href=\"")
                        .append(Html.text(localPath + "." + v.suffix())).append("\">\n");
            }
        }
        return out.toString();
    }
}
