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

/**
 * What the document of an IRI holds. A named graph's IRI (a report, {@code graph/entities})
 * gives the whole graph, plus, for a report, the entity descriptions it refers to (their labels
 * and types, so the document reads on its own). Any other IRI gives its concise bounded
 * description across all graphs: the quads with it as subject, followed through blank nodes and
 * through hash IRIs under the base (a person's {@code report/…#role-1}, which has no document of
 * its own to go to but its report's). Each quad keeps its graph, for TriG.
 */
public final class Describer {

    private final DatasetGraph dataset;
    private final Node entitiesGraph;

    private final String base;

    public Describer(DatasetGraph dataset, String base, String entitiesGraphIri) {
        this.dataset = dataset;
        this.base = base;
        this.entitiesGraph = NodeFactory.createURI(entitiesGraphIri);
    }

    /** @return the description, or null when the store says nothing about the IRI */
    public DatasetGraph describe(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph out = DatasetGraphFactory.createGeneral();
            if (dataset.containsGraph(node)) {
                dataset.find(node, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
                if (!node.equals(entitiesGraph)) {
                    addReferencedEntities(node, out);
                }
            } else {
                boundedDescription(node, iri, out);
            }
            return out.isEmpty() ? null : out;
        });
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

    private void boundedDescription(Node node, String iri, DatasetGraph out) {
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
                if (Quad.isDefaultGraph(q.getGraph()) || q.isUnionGraph()) {
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
