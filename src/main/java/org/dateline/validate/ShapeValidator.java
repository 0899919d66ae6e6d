package org.dateline.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.map.MappedReport;

/** The validate stage: every report graph is checked against the SHACL shapes in shapes/. */
public final class ShapeValidator {

    private final Shapes shapes;

    private ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes bundled with Dateline (every *.ttl file of shapes/). */
    public static ShapeValidator bundled() {
        Graph graph = GraphFactory.createDefaultGraph();
        ClasspathFolder.forEachFile("shapes", ".ttl", file -> {
            try (InputStream in = Files.newInputStream(file)) {
                RDFParser.source(in).lang(Lang.TURTLE).base(file.getFileName().toString()).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shapes file " + file, e);
            }
        });
        return new ShapeValidator(Shapes.parse(graph));
    }

    public int shapeCount() {
        return shapes.numRootShapes();
    }

    /** Validates the report's graph together with the descriptions of the entities it refers to. */
    public ValidationOutcome validate(MappedReport mapped) {
        Graph data = GraphFactory.createDefaultGraph();
        mapped.graph().getGraph().find().forEach(data::add);
        mapped.entities().getGraph().find().forEach(data::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        PrefixMapping prefixes = mapped.graph();
        List<String> problems = new ArrayList<>();
        boolean violated = false;
        for (ReportEntry entry : report.getEntries()) {
            violated |= entry.severity().level().equals(Severity.Violation.level());
            problems.add(describe(entry, prefixes));
        }
        Model reportModel = ModelFactory.createModelForGraph(report.getGraph());
        reportModel.setNsPrefixes(prefixes);
        reportModel.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        return new ValidationOutcome(!violated, problems, reportModel);
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
