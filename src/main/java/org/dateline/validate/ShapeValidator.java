package org.dateline.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.map.MappedReport;

/**
 * The validate stage: every report graph is checked against the SHACL shapes in shapes/. A violation
 * refuses the report; a warning (sh:Warning: what the report lacks) is told apart and handed on, with
 * the label and sh:name of its shape, to be kept with the stored report ({@link WarningGraph}).
 */
public final class ShapeValidator {

    private static final Node RDFS_LABEL = NodeFactory.createURI(RDFS.getURI() + "label");
    private static final Node SH_NAME = NodeFactory.createURI(SHACL.NS + "name");
    private static final Node SH_ORDER = NodeFactory.createURI(SHACL.NS + "order");
    /** What a warning's key may not hold, and the dashes that may not open or close it. */
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");

    private final Shapes shapes;
    /** The shapes as RDF, where a warning's label and name are looked up. */
    private final Graph shapesGraph;

    private ShapeValidator(Graph shapesGraph) {
        this.shapesGraph = shapesGraph;
        this.shapes = Shapes.parse(shapesGraph);
        PlannedShapeQueries.register(shapes);
    }

    /**
     * The shapes bundled with Dateline (every *.ttl file of shapes/), read and parsed once per JVM:
     * a validator changes nothing once made, so every stage, thread and server shares one.
     */
    public static ShapeValidator bundled() {
        return Bundled.VALIDATOR;
    }

    /** Holds the bundled validator, made when first asked for. */
    private static final class Bundled {
        static final ShapeValidator VALIDATOR = new ShapeValidator(bundledShapesGraph());
    }

    /** The bundled shapes as RDF, read afresh. */
    static Graph bundledShapesGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClasspathFolder.forEachFile("shapes", ".ttl", file -> {
            try (InputStream in = Files.newInputStream(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(file.getFileName().toString()).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shapes file " + file, e);
            }
        });
        return graph;
    }

    public int shapeCount() {
        return shapes.numRootShapes();
    }

    /** Validates the report's graph together with the descriptions of the entities it refers to. */
    public ValidationOutcome validate(MappedReport mapped) {
        Graph data = GraphFactory.createDefaultGraph();
        mapped.graph().getGraph().find().forEach(data::add);
        mapped.entities().getGraph().find().forEach(data::add);
        ValidationReport report = report(data);
        PrefixMapping prefixes = mapped.graph();
        List<String> problems = new ArrayList<>();
        List<ReportEntry> warnings = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            if (entry.severity().level().equals(Severity.Violation.level())) {
                problems.add(describe(entry, prefixes));
            } else {
                warnings.add(entry);
            }
        }
        Model reportModel = ModelFactory.createModelForGraph(report.getGraph());
        reportModel.setNsPrefixes(prefixes);
        reportModel.setNsPrefix("sh", SHACL.NS);
        return new ValidationOutcome(problems.isEmpty(), problems, warnings(warnings), reportModel);
    }

    /** Jena's SHACL report on {@code data}: what {@code ShaclValidator.get().validate(shapes, data)} gives. */
    ValidationReport report(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * The warnings in a stable order (focus node, then the shape's sh:order, then the shape), each
     * keyed by a slug of its shape's sh:name ("date published" gives date-published), with the shape's
     * own name added when two warnings of one focus node would share a key.
     */
    private List<ValidationWarning> warnings(List<ReportEntry> entries) {
        Comparator<ReportEntry> order = Comparator.comparing((ReportEntry e) -> e.focusNode().toString())
                .thenComparingDouble(e -> shapeOrder(e.source()))
                .thenComparing(e -> e.source().toString());
        List<ReportEntry> sorted = entries.stream().sorted(order).toList();
        Map<String, Integer> keyCount = new HashMap<>();
        sorted.forEach(e -> keyCount.merge(e.focusNode() + " " + baseKey(e), 1, Integer::sum));
        List<ValidationWarning> out = new ArrayList<>();
        for (ReportEntry e : sorted) {
            String key = baseKey(e);
            if (keyCount.get(e.focusNode() + " " + key) > 1) {
                key = key + "-" + slug(localName(e.source()));
            }
            String path = e.resultPath() instanceof P_Link link ? link.getNode().getURI() : null;
            String label = literal(e.source(), RDFS_LABEL);
            if (label == null) {
                label = "no " + Objects.requireNonNullElse(literal(e.source(), SH_NAME), key);
            }
            out.add(new ValidationWarning(e.focusNode().isURI() ? e.focusNode().getURI() : null,
                    path, e.source().isURI() ? e.source().getURI() : null,
                    e.sourceConstraintComponent() == null ? null : e.sourceConstraintComponent().getURI(),
                    e.message(), label, key));
        }
        return out;
    }

    /** The shape's sh:order (headline before date before publisher), or last when it has none. */
    private double shapeOrder(Node shape) {
        return shapesGraph.find(shape, SH_ORDER, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(n -> n.isLiteral() && n.getLiteralValue() instanceof Number)
                .mapToDouble(n -> ((Number) n.getLiteralValue()).doubleValue()).findFirst().orElse(Double.MAX_VALUE);
    }

    private String baseKey(ReportEntry entry) {
        String name = literal(entry.source(), SH_NAME);
        return slug(name != null ? name : localName(entry.source()));
    }

    private String literal(Node subject, Node predicate) {
        return shapesGraph.find(subject, predicate, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .findFirst().orElse(null);
    }

    private static String localName(Node node) {
        String s = node.isURI() ? node.getURI() : node.toString();
        return s.substring(Math.max(s.lastIndexOf('#'), s.lastIndexOf('/')) + 1);
    }

    private static String slug(String text) {
        String dashed = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_DASH.matcher(dashed).replaceAll("");
        return slug.isEmpty() ? "warning" : slug;
    }

    private static String describe(ReportEntry entry, PrefixMapping prefixes) {
        StringBuilder line = new StringBuilder(shortName(entry.focusNode(), prefixes));
        if (entry.resultPath() != null) {
            line.append(' ').append(entry.resultPath().toString(new Prologue(prefixes)));
        }
        return line.append(": ").append(entry.message()).toString();
    }

    private static String shortName(Node node, PrefixMapping prefixes) {
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        return node.toString(prefixes);
    }
}
