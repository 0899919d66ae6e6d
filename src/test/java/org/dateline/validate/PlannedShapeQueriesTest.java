package org.dateline.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.TestReports;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.map.MappedReport;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPARQL constraints planned once per JVM ({@link PlannedShapeQueries}) give exactly what Jena's
 * plain validator gives (conformance, every result in its order with its message, the report graph)
 * on the golden examples (understood by the language engine), on every example, reader fixture and
 * seed report (read and mapped), and on those golden graphs broken on purpose, property by property,
 * so that every SPARQL constraint of the shapes fires somewhere.
 */
class PlannedShapeQueriesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ShapeValidator VALIDATOR = ShapeValidator.bundled();
    /** The same shapes parsed apart: their queries are not registered, so ARQ plans them per focus node as usual. */
    private static final Shapes PLAIN = Shapes.parse(ShapeValidator.bundledShapesGraph());
    private static final Node SPARQL_COMPONENT = SHACL.SPARQLConstraintComponent;

    /** The SPARQL constraints that gave a result somewhere, over all the tests. */
    private static final Set<String> FIRED = new TreeSet<>();
    private static long runsBefore;

    @BeforeAll
    static void countRuns() {
        runsBefore = PlannedShapeQueries.runs();
    }

    @Test
    void goldenExamplesValidateAlike() throws IOException {
        for (Map.Entry<String, Graph> golden : goldenGraphs().entrySet()) {
            assertAlike(golden.getKey(), golden.getValue());
        }
    }

    @Test
    void examplesFixturesAndSeedsValidateAlike() throws IOException {
        ReportLinker linker = new ReportLinker(new GazetteerLinker(Gazetteer.bundled()));
        SourceReader reader = new SourceReader();
        List<Path> files = new ArrayList<>();
        files.addAll(filesIn(Path.of("examples")));
        files.addAll(filesIn(Path.of("src/test/resources/org/dateline/read/layouts")));
        files.addAll(filesIn(Path.of("src/test/resources/org/dateline/read/structured")));
        Path seeds = Path.of("../shared/seeds");
        if (Files.isDirectory(seeds)) {
            files.addAll(filesIn(seeds));
        } else {
            System.out.println("PlannedShapeQueriesTest: ../shared/seeds is absent; the seed reports are left out");
        }
        int reports = 0;
        for (Path file : files) {
            List<ReportDoc> docs;
            try {
                docs = reader.read(file);
            } catch (UnreadableSourceException e) {
                continue;
            }
            for (ReportDoc doc : docs) {
                Understanding understanding = Understander.NONE.understand(doc);
                MappedReport mapped = TestReports.MAPPER.map(doc, understanding, linker.link(doc, understanding));
                Graph data = GraphFactory.createDefaultGraph();
                mapped.graph().getGraph().find().forEach(data::add);
                mapped.entities().getGraph().find().forEach(data::add);
                assertAlike(file.toString(), data);
                reports++;
            }
        }
        assertTrue(reports >= 40, "reports validated: " + reports);
    }

    /**
     * Each golden graph with one property dropped, and with its values bent (numbers far too large,
     * strings altered, dates in the far future), property by property.
     */
    @Test
    void brokenGraphsValidateAlike() throws IOException {
        for (Map.Entry<String, Graph> golden : goldenGraphs().entrySet()) {
            Graph graph = golden.getValue();
            Set<Node> predicates = new java.util.LinkedHashSet<>();
            graph.find().forEach(t -> predicates.add(t.getPredicate()));
            for (Node predicate : predicates) {
                assertAlike(golden.getKey() + " without " + predicate, without(graph, predicate));
                Graph bent = bent(graph, predicate);
                if (bent != null) {
                    assertAlike(golden.getKey() + " with " + predicate + " bent", bent);
                }
            }
        }
    }

    @AfterAll
    static void everySparqlConstraintFiredAndWasPlanned() {
        assertTrue(PlannedShapeQueries.runs() > runsBefore, "the planned engine ran no query");
        // A SPARQL constraint's result names its shape, not the constraint: told apart by their messages.
        Graph shapes = ShapeValidator.bundledShapesGraph();
        Set<String> constraints = new TreeSet<>();
        shapes.find(Node.ANY, SHACL.sparql, Node.ANY).forEach(t -> shapes.find(t.getObject(), SHACL.message, Node.ANY)
                .forEach(m -> constraints.add(m.getObject().getLiteralLexicalForm())));
        assertTrue(constraints.size() >= 8, constraints.toString());
        if (FIRED.size() > 0) {
            // Only when the broken graphs were validated (not when a single test is run alone).
            assertEquals(constraints, FIRED, "SPARQL constraints that never gave a result");
        }
    }

    private static void assertAlike(String what, Graph data) {
        ValidationReport plain = ShaclValidator.get().validate(PLAIN, data);
        long runs = PlannedShapeQueries.runs();
        ValidationReport planned = VALIDATOR.report(data);
        assertEquals(plain.conforms(), planned.conforms(), what);
        assertEquals(describe(plain), describe(planned), what);
        assertTrue(plain.getGraph().isIsomorphicWith(planned.getGraph()), what + ": report graphs differ");
        assertTrue(PlannedShapeQueries.runs() > runs || planned.getEntries().stream().noneMatch(
                e -> SPARQL_COMPONENT.equals(e.sourceConstraintComponent())), what + ": not planned");
        planned.getEntries().stream().filter(e -> SPARQL_COMPONENT.equals(e.sourceConstraintComponent()))
                .forEach(e -> FIRED.add(e.message()));
    }

    private static List<String> describe(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            lines.add(e.severity().level().getLocalName() + " | " + e.focusNode() + " | " + e.resultPath() + " | "
                    + e.value() + " | " + e.source() + " | " + e.sourceConstraint() + " | "
                    + e.sourceConstraintComponent() + " | " + e.message());
        }
        return lines;
    }

    /** Each golden example's graphs, the report's and the entities', in one graph, as the validate stage sees them. */
    private static Map<String, Graph> goldenGraphs() throws IOException {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (Path file : filesIn(GOLDEN)) {
            Dataset dataset = DatasetFactory.create();
            RDFParser.source(file).lang(Lang.TRIG).parse(dataset);
            Graph union = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().find().forEachRemaining(q -> union.add(q.asTriple()));
            graphs.put(file.getFileName().toString(), union);
        }
        assertEquals(5, graphs.size(), "golden graphs");
        return graphs;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Graph without(Graph graph, Node predicate) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().filterDrop(t -> t.getPredicate().equals(predicate)).forEach(copy::add);
        return copy;
    }

    /** The graph with every literal value of {@code predicate} bent; null when it has none to bend. */
    private static Graph bent(Graph graph, Node predicate) {
        Graph copy = GraphFactory.createDefaultGraph();
        boolean changed = false;
        for (Triple t : graph.find().toList()) {
            Node object = t.getObject();
            Node other = t.getPredicate().equals(predicate) && object.isLiteral() ? bend(object) : object;
            changed |= !other.equals(object);
            copy.add(Triple.create(t.getSubject(), t.getPredicate(), other));
        }
        return changed ? copy : null;
    }

    private static Node bend(Node literal) {
        String lexical = literal.getLiteralLexicalForm();
        String type = literal.getLiteralDatatypeURI();
        if (type.equals(XSDDatatype.XSDdate.getURI())) {
            return NodeFactory.createLiteralDT("2999-12-31", XSDDatatype.XSDdate);
        }
        if (type.equals(XSDDatatype.XSDdateTime.getURI())) {
            return NodeFactory.createLiteralDT("2999-12-31T00:00:00Z", XSDDatatype.XSDdateTime);
        }
        if (type.equals(XSDDatatype.XSDgYear.getURI())) {
            return NodeFactory.createLiteralDT("2999", XSDDatatype.XSDgYear);
        }
        if (type.equals(XSDDatatype.XSDgYearMonth.getURI())) {
            return NodeFactory.createLiteralDT("2999-12", XSDDatatype.XSDgYearMonth);
        }
        if (lexical.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return NodeFactory.createLiteralDT(new BigDecimal(lexical).add(BigDecimal.valueOf(100_000)).toPlainString(),
                    literal.getLiteralDatatype());
        }
        if (!literal.getLiteralLanguage().isEmpty()) {
            return NodeFactory.createLiteralLang(lexical + " (altered)", literal.getLiteralLanguage());
        }
        return NodeFactory.createLiteralDT(lexical + " (altered)", literal.getLiteralDatatype());
    }
}
