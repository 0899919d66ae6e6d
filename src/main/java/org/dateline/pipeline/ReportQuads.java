package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.dateline.map.MappedReport;

/**
 * A mapped report as N-Quads lines that are the same bytes for the same report on any machine: the
 * lines sorted, and any blank node named from the report's IRI (a skolem IRI) instead of a label
 * drawn at random. The map stage mints IRIs for everything it describes, so skolem IRIs are a
 * safeguard, not the rule.
 */
public final class ReportQuads {

    private ReportQuads() {
    }

    /** The report's own triples, in the named graph the report's IRI names, sorted. */
    public static List<String> reportGraph(MappedReport report) {
        return lines(report.graph().getGraph(), report.reportIri(), report.reportIri());
    }

    /** The report's entity descriptions, in the shared graph {@code entitiesGraph}, sorted. */
    public static List<String> entities(MappedReport report, String entitiesGraph) {
        return lines(report.entities().getGraph(), entitiesGraph, report.reportIri() + "#entities");
    }

    /** One quad as an N-Quads line, without its line break. */
    public static String line(Node graph, Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " " + NodeFmtLib.strNT(graph) + " .";
    }

    private static List<String> lines(Graph graph, String graphIri, String skolemBase) {
        Node graphNode = NodeFactory.createURI(graphIri);
        List<Triple> triples = graph.find().toList();
        Map<Node, Node> skolem = skolemIris(triples, skolemBase);
        List<String> lines = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            lines.add(line(graphNode, Triple.create(skolem.getOrDefault(t.getSubject(), t.getSubject()),
                    t.getPredicate(), skolem.getOrDefault(t.getObject(), t.getObject()))));
        }
        lines.sort(null);
        return lines;
    }

    /**
     * An IRI for each blank node: numbered in the order of what is said of it and about it, with
     * every blank node written alike, which does not depend on the labels the parser drew.
     */
    private static Map<Node, Node> skolemIris(List<Triple> triples, String base) {
        Map<Node, List<String>> said = new HashMap<>();
        for (Triple t : triples) {
            if (t.getSubject().isBlank()) {
                said.computeIfAbsent(t.getSubject(), b -> new ArrayList<>()).add("out " + withoutLabels(t));
            }
            if (t.getObject().isBlank()) {
                said.computeIfAbsent(t.getObject(), b -> new ArrayList<>()).add("in " + withoutLabels(t));
            }
        }
        said.values().forEach(list -> list.sort(null));
        List<Node> blanks = new ArrayList<>(said.keySet());
        blanks.sort(Comparator.comparing(b -> String.join("\n", said.get(b))));
        Map<Node, Node> skolem = new HashMap<>();
        for (Node blank : blanks) {
            skolem.put(blank, NodeFactory.createURI(base + "-genid-" + (skolem.size() + 1)));
        }
        return skolem;
    }

    private static String withoutLabels(Triple t) {
        return (t.getSubject().isBlank() ? "_" : NodeFmtLib.strNT(t.getSubject())) + " "
                + NodeFmtLib.strNT(t.getPredicate()) + " "
                + (t.getObject().isBlank() ? "_" : NodeFmtLib.strNT(t.getObject()));
    }
}
