package org.dateline.store;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The number of quads in the store and of the distinct resources of each class, counted once
 * when the index is built and kept up to date by {@link ReportStore} as it adds and removes quads.
 */
public record StoreFigures(long quads, Map<String, Long> classes) {

    public StoreFigures {
        classes = Map.copyOf(classes);
    }

    static StoreFigures of(DatasetGraph dataset) {
        if (TDBInternal.isTDB2(dataset)) {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            StoreFigures defaultGraph = of(tdb.getTripleTable().getNodeTupleTable());
            StoreFigures namedGraphs = of(tdb.getQuadTable().getNodeTupleTable());
            return namedGraphs.plus(defaultGraph.quads(), defaultGraph.classes());
        }
        long quads = 0;
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); it.next()) {
            quads++;
        }
        // TDB2 answers (?, ?, rdf:type, ?) from its POSG index: in order of class, then of
        // subject, so a resource typed in several graphs comes in a row and is counted once
        // without holding every resource in memory (millions of NIF phrases at 100,000 reports).
        Map<String, Long> classes = new HashMap<>();
        Node lastClass = null;
        Node lastSubject = null;
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getObject().isURI() && !(q.getObject().equals(lastClass) && q.getSubject().equals(lastSubject))) {
                classes.merge(q.getObject().getURI(), 1L, Long::sum);
            }
            lastClass = q.getObject();
            lastSubject = q.getSubject();
        }
        return new StoreFigures(quads, classes);
    }

    /**
     * The figures of one of TDB2's tables, read as node ids: its size from its first index,
     * and the typings from its POS(G) index, in order of class and subject, so that a resource
     * typed in several graphs comes in a row and is counted once; only the classes' ids are
     * turned into IRIs. Reading every quad as nodes took minutes at 100,000 reports.
     */
    private static StoreFigures of(NodeTupleTable table) {
        boolean quads = table.getTupleTable().getTupleLen() == 4;
        Node[] pattern = quads ? new Node[] {Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY}
                : new Node[] {Node.ANY, RDF.type.asNode(), Node.ANY};
        Map<String, Long> classes = new HashMap<>();
        Map<NodeId, Node> classNodes = new HashMap<>();
        NodeId lastClass = null;
        NodeId lastSubject = null;
        Iterator<Tuple<NodeId>> it = table.findAsNodeIds(pattern);
        while (it != null && it.hasNext()) {
            Tuple<NodeId> t = it.next();
            NodeId subject = t.get(quads ? 1 : 0);
            NodeId type = t.get(quads ? 3 : 2);
            if (!(type.equals(lastClass) && subject.equals(lastSubject))) {
                Node c = classNodes.computeIfAbsent(type, id -> table.getNodeTable().getNodeForNodeId(id));
                if (c.isURI()) {
                    classes.merge(c.getURI(), 1L, Long::sum);
                }
            }
            lastClass = type;
            lastSubject = subject;
        }
        return new StoreFigures(table.getTupleTable().size(), classes);
    }

    StoreFigures plus(long moreQuads, Map<String, Long> moreOfClass) {
        Map<String, Long> sum = new HashMap<>(classes);
        moreOfClass.forEach((c, n) -> sum.merge(c, n, Long::sum));
        sum.values().removeIf(n -> n <= 0);
        return new StoreFigures(quads + moreQuads, sum);
    }

    String encode() {
        StringBuilder out = new StringBuilder().append(quads);
        new TreeMap<>(classes).forEach((c, n) -> out.append('\n').append(n).append(' ').append(c));
        return out.toString();
    }

    static StoreFigures decode(String text) {
        if (text == null) {
            return null;
        }
        try {
            String[] lines = text.split("\n");
            Map<String, Long> classes = new HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int space = lines[i].indexOf(' ');
                classes.put(lines[i].substring(space + 1), Long.parseLong(lines[i].substring(0, space)));
            }
            return new StoreFigures(Long.parseLong(lines[0]), classes);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
