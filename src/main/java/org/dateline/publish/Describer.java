package org.dateline.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * What the document of an IRI holds. A named graph's IRI (a report, {@code graph/entities})
 * gives the whole graph, plus, for a report, the entity descriptions it refers to (their labels
 * and types, so the document reads on its own). Any other IRI gives its concise bounded
 * description across all graphs: the quads with it as subject, followed through blank nodes and
 * through hash IRIs under the base (a person's {@code report/…#role-1}, which has no document of
 * its own to go to but its report's); then a page of the links into it ({@link Backlinks}), and,
 * when there is more than one page, where the others are ({@code hydra:PartialCollectionView}
 * with {@code hydra:next}, {@code hydra:previous} and {@code hydra:first}, in the default graph,
 * since they are about the document rather than the data). Each quad keeps its graph, for TriG.
 */
public final class Describer {

    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    private final DatasetGraph dataset;
    private final Node entitiesGraph;

    private final String base;
    private final Backlinks backlinks;

    /**
     * One page of a document.
     *
     * @param data    the quads
     * @param paged   whether the document comes in pages (any but a named graph's)
     * @param hasNext whether a further page holds more links into the resource
     */
    public record Description(DatasetGraph data, boolean paged, boolean hasNext) {
    }

    public Describer(DatasetGraph dataset, String base, String entitiesGraphIri) {
        this.dataset = dataset;
        this.base = base;
        this.entitiesGraph = NodeFactory.createURI(entitiesGraphIri);
        this.backlinks = new Backlinks(dataset, base);
    }

    /** @return the first page of the description, or null when the store says nothing about the IRI */
    public DatasetGraph describe(String iri) {
        Description first = describe(iri, 1);
        return first == null ? null : first.data();
    }

    /**
     * @param page the page, from 1; a named graph's document has only one
     * @return the page of the description, or null when the store says nothing about the IRI
     */
    public Description describe(String iri, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph out = DatasetGraphFactory.createGeneral();
            boolean hasNext = false;
            boolean graph = dataset.containsGraph(node);
            if (graph) {
                dataset.find(node, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                if (!node.equals(entitiesGraph)) {
                    addReferencedEntities(node, out);
                }
            } else {
                boundedDescription(node, out);
                if (out.isEmpty() && !dataset.find(Node.ANY, Node.ANY, Node.ANY, node).hasNext()) {
                    return null;
                }
                hasNext = backlinks.addPage(node, page, out);
                addPaging(iri, page, hasNext, out);
            }
            return out.isEmpty() ? null : new Description(out, !graph, hasNext);
        });
    }

    /** The address of a page of an IRI's document. */
    public static String pageIri(String iri, int page) {
        return iri + "?page=" + page;
    }

    private static void addPaging(String iri, int page, boolean hasNext, DatasetGraph out) {
        if (page == 1 && !hasNext) {
            return;
        }
        Node view = NodeFactory.createURI(pageIri(iri, page));
        Node g = Quad.defaultGraphIRI;
        out.add(g, view, RDF.type.asNode(), NodeFactory.createURI(HYDRA + "PartialCollectionView"));
        out.add(g, view, NodeFactory.createURI(HYDRA + "first"), NodeFactory.createURI(pageIri(iri, 1)));
        if (page > 1) {
            out.add(g, view, NodeFactory.createURI(HYDRA + "previous"), NodeFactory.createURI(pageIri(iri, page - 1)));
        }
        if (hasNext) {
            out.add(g, view, NodeFactory.createURI(HYDRA + "next"), NodeFactory.createURI(pageIri(iri, page + 1)));
        }
    }

    private void addReferencedEntities(Node graph, DatasetGraph out) {
        Set<Node> objects = new HashSet<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                objects.add(q.getObject());
            }
        });
        for (Node entity : objects) {
            dataset.find(entitiesGraph, entity, Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
    }

    private void boundedDescription(Node node, DatasetGraph out) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(node);
        while (!todo.isEmpty()) {
            Node subject = todo.poll();
            if (!seen.add(subject)) {
                continue;
            }
            for (Iterator<Quad> it = dataset.find(Node.ANY, subject, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!Backlinks.isNamed(q)) {
                    continue;
                }
                out.add(q);
                Node o = q.getObject();
                if (o.isBlank() || (o.isURI() && o.getURI().startsWith(base) && o.getURI().contains("#"))) {
                    todo.add(o);
                }
            }
        }
    }
}
