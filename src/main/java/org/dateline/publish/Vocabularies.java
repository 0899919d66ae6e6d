package org.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology, the PLOVER scheme and the shapes, read once from the classpath (the jar carries
 * ontology/ and shapes/). They are served at /ontology, /ontology/plover and /shapes, and the
 * pages take class and category labels from them.
 */
public final class Vocabularies {

    /** Local path -> classpath resource. */
    public static final Map<String, String> FILES = Map.of(
            "/ontology", "/ontology/dateline.ttl",
            "/ontology/plover", "/ontology/plover.ttl",
            "/shapes", "/shapes/dateline-shapes.ttl");

    private final Map<String, Graph> graphs;
    private final Graph all = GraphFactory.createDefaultGraph();

    public Vocabularies() {
        graphs = Map.of("/ontology", read(FILES.get("/ontology")), "/ontology/plover", read(FILES.get("/ontology/plover")),
                "/shapes", read(FILES.get("/shapes")));
        graphs.get("/ontology").find().forEachRemaining(all::add);
        graphs.get("/ontology/plover").find().forEachRemaining(all::add);
    }

    public Graph graph(String path) {
        return graphs.get(path);
    }

    /** The English label of a term (rdfs:label or skos:prefLabel), else its local name. */
    public String label(Node term) {
        if (term == null) {
            return "";
        }
        if (!term.isURI()) {
            return term.isLiteral() ? term.getLiteralLexicalForm() : term.toString();
        }
        for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode()}) {
            var it = all.find(term, p, Node.ANY);
            if (it.hasNext()) {
                return it.next().getObject().getLiteralLexicalForm();
            }
        }
        String iri = term.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1).toLowerCase(Locale.ROOT);
    }

    public String label(String iri) {
        return label(NodeFactory.createURI(iri));
    }

    private static Graph read(String resource) {
        try (InputStream in = Vocabularies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
