package org.dateline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.map.IriScheme;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;

/**
 * The store stage: a persistent TDB2 dataset with one named graph per report and the shared
 * entity descriptions in {@code {base}graph/entities}. Every change is one write transaction, so
 * the store never holds half a report, even when the process is killed mid-ingest. A Lucene
 * index of the reports ({@link ReportIndex}) in the store's folder follows every write.
 */
public final class ReportStore implements AutoCloseable {

    /** How TDB2 names the process holding a store's lock: "held by process 2710". */
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");

    private final DatasetGraph dataset;
    private final Node entitiesGraph;
    private final boolean persistent;
    private final ReportIndex index;
    /** Held across a write transaction and the index update after its commit, so the index sees commits in their order. */
    private final Object writes = new Object();
    /** The current write's changes for the index; only the thread holding {@link #writes} uses it. */
    private ReportIndex.Changes changes;

    private ReportStore(DatasetGraph dataset, IriScheme iris, Path directory) {
        this.dataset = dataset;
        this.persistent = directory != null;
        this.entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        // Users query the union of all report graphs without a GRAPH clause (DESIGN.md section 3).
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            this.index = directory != null
                    ? ReportIndex.open(directory.resolve(ReportIndex.FOLDER), dataset, entitiesGraph, System.err::println)
                    : ReportIndex.inMemory(entitiesGraph);
        } catch (RuntimeException | Error e) {
            // The store is released, lock file included, when its index cannot be opened.
            if (directory != null) {
                TDBInternal.expel(dataset);
            }
            throw e;
        }
        // The search page finds it there (DatelineServer is given the dataset).
        dataset.getContext().set(ReportIndex.SYMBOL, index);
    }

    /**
     * Opens (creating when absent) the TDB2 store in {@code directory}.
     *
     * @throws StoreLockedException when another process holds the store
     */
    public static ReportStore open(Path directory, IriScheme iris) {
        try {
            return new ReportStore(TDB2Factory.connectDataset(directory.toString()).asDatasetGraph(), iris, directory);
        } catch (DBOpEnvException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Failed to get a lock")) {
                throw e;
            }
            Matcher holder = LOCK_HOLDER.matcher(message);
            throw new StoreLockedException(directory, holder.find() ? Long.parseLong(holder.group(1)) : -1, e);
        }
    }

    /** Whether {@code directory} holds a TDB2 store (a {@code Data-NNNN} folder), without creating one. */
    public static boolean exists(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            return false;
        }
    }

    /** A store in memory, for tests and benchmarks that must not touch the disk. */
    public static ReportStore inMemory(IriScheme iris) {
        return new ReportStore(TDB2Factory.createDataset().asDatasetGraph(), iris, null);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Stores a validated report in one transaction. */
    public StoreOutcome put(MappedReport report) {
        return putAll(List.of(report)).get(0);
    }

    /**
     * Stores validated reports in one write transaction, in their order: readers see all of them
     * or none, and a process killed before the commit leaves the store as it was. One commit
     * (a few disk syncs) for many reports is what makes a bulk ingest fast.
     *
     * @return what became of each report, in the same order
     */
    public List<StoreOutcome> putAll(List<MappedReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return write(() -> reports.stream().map(this::putInTransaction).toList());
    }

    /**
     * Runs {@code change} in a write transaction, then brings the report index up to date with
     * what it added and dropped, and the quads and typed resources it counted: every write to the
     * store goes through here (ingest, watch, POST, DELETE, replacement), the index's commit after
     * the store's.
     */
    private <T> T write(java.util.function.Supplier<T> change) {
        synchronized (writes) {
            changes = index.changes();
            try {
                T result = Txn.calculateWrite(dataset, () -> {
                    T value = change.get();
                    changes.describe(dataset);
                    return value;
                });
                index.apply(changes);
                return result;
            } finally {
                changes = null;
            }
        }
    }

    private StoreOutcome putInTransaction(MappedReport report) {
        Node graph = NodeFactory.createURI(report.reportIri());
        if (dataset.containsGraph(graph)) {
            return StoreOutcome.UNCHANGED;
        }
        Set<Node> oldEntities = new HashSet<>();
        List<Node> earlier = earlierVersions(report);
        for (Node old : earlier) {
            oldEntities.addAll(dropGraph(old));
        }
        // What only the replaced versions referred to goes first: the new version describes it afresh.
        removeOrphans(oldEntities);
        // A new graph: every triple is a new quad, counted without looking it up.
        report.graph().getGraph().find().forEach(t -> {
            countTyping(t, +1);
            dataset.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            changes.quads(+1);
        });
        addEntities(graph, report.entities().getGraph());
        changes.added(graph);
        return earlier.isEmpty() ? StoreOutcome.ADDED : StoreOutcome.REPLACED;
    }

    /**
     * Adds a report's entity descriptions to the shared graph. An unlinked entity is named by the
     * slug of its name, so another report may have described it under a spelling of the same slug
     * ("Suvarnabhumi Airport", now "Suvarnabhumi airport"): the entity keeps the label it has, since
     * an entity has exactly one, and this report's spelling becomes a skos:altLabel in its own graph,
     * where it leaves with the report.
     */
    private void addEntities(Node graph, org.apache.jena.graph.Graph entities) {
        Set<Triple> respelled = new HashSet<>();
        entities.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEach(label -> {
            List<Quad> held = new ArrayList<>();
            dataset.find(entitiesGraph, label.getSubject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(held::add);
            if (!held.isEmpty() && held.stream().noneMatch(q -> q.getObject().equals(label.getObject()))) {
                respelled.add(label);
                respelled.add(Triple.create(label.getSubject(), Vocab.NAME.asNode(), label.getObject()));
                add(Quad.create(graph, label.getSubject(), Vocab.ALT_LABEL.asNode(), label.getObject()));
            }
        });
        entities.find().forEach(t -> {
            if (!respelled.contains(t)) {
                addToEntities(t);
            }
        });
    }

    /**
     * Adds one triple of an entity description. dl:linkConfidence is functional, but reports link
     * the same entity with different confidence: the entity keeps the highest, the best evidence any
     * report gave for its owl:sameAs.
     */
    private void addToEntities(Triple t) {
        if (t.getPredicate().equals(Vocab.LINK_CONFIDENCE.asNode()) && t.getObject().isLiteral()) {
            List<Quad> old = new ArrayList<>();
            dataset.find(entitiesGraph, t.getSubject(), t.getPredicate(), Node.ANY).forEachRemaining(old::add);
            java.math.BigDecimal value = new java.math.BigDecimal(t.getObject().getLiteralLexicalForm());
            for (Quad quad : old) {
                if (new java.math.BigDecimal(quad.getObject().getLiteralLexicalForm()).compareTo(value) >= 0) {
                    return;
                }
            }
            old.forEach(this::delete);
        }
        add(Quad.create(entitiesGraph, t));
    }

    /** Adds a quad that may be in the store already, counting it for the VoID figures when it is not. */
    private void add(Quad quad) {
        if (!dataset.contains(quad)) {
            countTyping(quad.asTriple(), +1);
            dataset.add(quad);
            changes.quads(+1);
        }
    }

    private void delete(Quad quad) {
        if (dataset.contains(quad)) {
            dataset.delete(quad);
            changes.quads(-1);
            countTyping(quad.asTriple(), -1);
        }
    }

    /**
     * Counts a resource given a class ({@code +1}, before the quad is added) or no longer given it
     * ({@code -1}, after it is removed), when no other graph of the store types it so: the VoID
     * figures count each resource of a class once.
     */
    private void countTyping(Triple t, int sign) {
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()
                && !dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext()) {
            changes.typed(t.getObject().getURI(), sign);
        }
    }

    /** Drops a report's graph, and the descriptions of entities no other report refers to. */
    public boolean delete(String reportIri) {
        Node graph = NodeFactory.createURI(reportIri);
        return write(() -> {
            if (!dataset.containsGraph(graph)) {
                return false;
            }
            removeOrphans(dropGraph(graph));
            return true;
        });
    }

    /**
     * Drops, in one transaction, the reports read from {@code sourceUri} at position
     * {@code fromPosition} or later (1: all of them), with the entity descriptions no other report
     * refers to. Used when a watched file is removed, or now holds fewer reports.
     *
     * @return the IRIs of the reports dropped
     */
    public List<String> deleteFromSource(String sourceUri, int fromPosition) {
        Node source = NodeFactory.createURI(sourceUri);
        return write(() -> {
            List<Node> graphs = new ArrayList<>();
            dataset.find(Node.ANY, Node.ANY, Vocab.WAS_DERIVED_FROM.asNode(), source).forEachRemaining(quad -> {
                Node graph = quad.getGraph();
                if (quad.getSubject().equals(graph) && positionIn(graph) >= fromPosition && !graphs.contains(graph)) {
                    graphs.add(graph);
                }
            });
            Set<Node> referenced = new HashSet<>();
            graphs.forEach(graph -> referenced.addAll(dropGraph(graph)));
            removeOrphans(referenced);
            return graphs.stream().map(Node::getURI).sorted().toList();
        });
    }

    /** The sources (as IRIs) of the stored reports whose source IRI starts with {@code prefix}. */
    public Set<String> sourcesUnder(String prefix) {
        return Txn.calculateRead(dataset, () -> {
            Set<String> sources = new TreeSet<>();
            dataset.find(Node.ANY, Node.ANY, Vocab.WAS_DERIVED_FROM.asNode(), Node.ANY).forEachRemaining(quad -> {
                Node object = quad.getObject();
                if (quad.getSubject().equals(quad.getGraph()) && object.isURI() && object.getURI().startsWith(prefix)) {
                    sources.add(object.getURI());
                }
            });
            return sources;
        });
    }

    public boolean contains(String reportIri) {
        Node graph = NodeFactory.createURI(reportIri);
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graph));
    }

    /** The number of report graphs. */
    public long reportCount() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            for (Iterator<Node> it = dataset.listGraphNodes(); it.hasNext(); ) {
                if (!it.next().equals(entitiesGraph)) {
                    count++;
                }
            }
            return count;
        });
    }

    /** A person without a Wikidata item, with one role some report stated for them. */
    public record UnlinkedPerson(String name, String roleTitle, String roleOf) {
    }

    /** The people with roles who have no Wikidata item, one row per role (the link stage's memory). */
    public List<UnlinkedPerson> unlinkedPeopleWithRoles() {
        String query = """
                PREFIX dl: <https://w3id.org/dateline/ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT DISTINCT ?name ?title ?of WHERE {
                  ?person a dl:Person ; rdfs:label ?name ; dl:hasRole ?role .
                  ?role dl:roleTitle ?title .
                  OPTIONAL { ?role dl:roleOf/rdfs:label ?of }
                  FILTER NOT EXISTS { ?person owl:sameAs ?item }
                }""";
        List<UnlinkedPerson> people = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(dataset))) {
                exec.execSelect().forEachRemaining(row -> people.add(new UnlinkedPerson(
                        row.getLiteral("name").getString(), row.getLiteral("title").getString(),
                        row.contains("of") ? row.getLiteral("of").getString() : null)));
            }
        });
        return people;
    }

    /** Graphs of reports read earlier from the same source at the same position. */
    private List<Node> earlierVersions(MappedReport report) {
        Node source = NodeFactory.createURI(report.sourceUri());
        List<Node> earlier = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, Vocab.WAS_DERIVED_FROM.asNode(), source).forEachRemaining(quad -> {
            Node graph = quad.getGraph();
            if (quad.getSubject().equals(graph) && positionIn(graph) == report.sourcePosition()) {
                earlier.add(graph);
            }
        });
        return earlier;
    }

    private int positionIn(Node graph) {
        Iterator<Quad> it = dataset.find(graph, graph, Vocab.SOURCE_POSITION.asNode(), Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : -1;
    }

    /** Deletes a graph and returns the IRIs it referred to as objects (candidate orphans). */
    private Set<Node> dropGraph(Node graph) {
        Set<Node> referenced = new HashSet<>();
        List<Triple> typings = new ArrayList<>();
        long[] quads = {0};
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> {
                    quads[0]++;
                    if (q.getObject().isURI()) {
                        referenced.add(q.getObject());
                    }
                    if (q.getPredicate().equals(RDF.type.asNode())) {
                        typings.add(q.asTriple());
                    }
                });
        dataset.removeGraph(graph);
        changes.quads(-quads[0]);
        typings.forEach(t -> countTyping(t, -1));
        changes.dropped(graph);
        return referenced;
    }

    private void removeOrphans(Set<Node> candidates) {
        for (Node entity : candidates) {
            if (dataset.find(entitiesGraph, entity, Node.ANY, Node.ANY).hasNext() && !referencedByAReport(entity)) {
                List<Triple> description = new ArrayList<>();
                dataset.find(entitiesGraph, entity, Node.ANY, Node.ANY).forEachRemaining(q -> description.add(q.asTriple()));
                description.forEach(t -> delete(Quad.create(entitiesGraph, t)));
            }
        }
    }

    private boolean referencedByAReport(Node entity) {
        Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, entity);
        while (it.hasNext()) {
            Node graph = it.next().getGraph();
            if (!graph.equals(entitiesGraph) && !Quad.isDefaultGraph(graph)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Closes the store and releases its folder, lock file included, so that another process (or a
     * later open in this one) can use it: TDB2 otherwise keeps databases open for the JVM's lifetime.
     */
    @Override
    public void close() {
        dataset.getContext().remove(ReportIndex.SYMBOL);
        index.close();
        if (persistent) {
            TDBInternal.expel(dataset);
        } else {
            dataset.close();
        }
    }
}
