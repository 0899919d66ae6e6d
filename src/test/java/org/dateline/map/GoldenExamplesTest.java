package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.ReportLinker;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;
import org.dateline.validate.WarningGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: each bundled example report, understood by the real engine, maps (with the warnings
 * the validate stage keeps in its graph: what the example lacks) to exactly the triples in
 * src/test/resources/golden/NAME.trig (graph isomorphism, graph by graph). The expected files name
 * the source as file:///EXAMPLES/NAME, replaced here by the real location of examples/.
 * Run with -Ddateline.golden.write=true to rewrite them after a deliberate change, then review the diff.
 */
class GoldenExamplesTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String PLACEHOLDER = "file:///EXAMPLES/";
    private static final ReportMapper MAPPER = new ReportMapper(new IriScheme(IriScheme.DEFAULT_BASE),
            Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC), "golden");
    private static final Understander UNDERSTANDER = RuleBasedUnderstander.withCoreNlp();
    private static final ReportLinker LINKER = new ReportLinker(new GazetteerLinker(Gazetteer.bundled()));

    @ParameterizedTest
    @ValueSource(strings = {"niger-iran-talks.md", "us-delegation-niamey.txt", "chad-french-troops.txt",
        "burkina-russia-advisers.md", "mali-ecowas-exit.html"})
    void exampleMapsToExactlyTheExpectedTriples(String name) throws Exception {
        List<ReportDoc> docs = new SourceReader().read(EXAMPLES.resolve(name));
        assertEquals(1, docs.size());
        Understanding understanding = UNDERSTANDER.understand(docs.get(0));
        MappedReport mapped = MAPPER.map(docs.get(0), understanding, LINKER.link(docs.get(0), understanding));
        ValidationOutcome validation = ShapeValidator.bundled().validate(mapped);
        assertTrue(validation.conforms(), validation.problems().toString());
        WarningGraph.keep(mapped, validation.warnings());
        Dataset actual = DatasetFactory.create();
        actual.addNamedModel(mapped.reportIri(), mapped.graph());
        actual.addNamedModel(new IriScheme(IriScheme.DEFAULT_BASE).entitiesGraph(), mapped.entities());
        actual.getPrefixMapping().setNsPrefixes(mapped.graph());


        Path golden = GOLDEN.resolve(name + ".trig");
        String examplesUri = EXAMPLES.toUri().toString();
        if (Boolean.getBoolean("dateline.golden.write")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            Files.writeString(golden, out.toString(StandardCharsets.UTF_8).replace(examplesUri, PLACEHOLDER));
        }
        Dataset expected = DatasetFactory.create();
        RDFParser.fromString(Files.readString(golden).replace(PLACEHOLDER, examplesUri), Lang.TRIG).parse(expected);

        assertEquals(graphNames(expected), graphNames(actual));
        for (String graph : graphNames(expected)) {
            assertTrue(expected.getNamedModel(graph).isIsomorphicWith(actual.getNamedModel(graph)),
                    () -> "graph " + graph + " of " + name + " differs from " + golden + "; actual:\n" + trig(actual));
        }
    }

    private static Set<String> graphNames(Dataset dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listNames().forEachRemaining(names::add);
        return names;
    }

    private static String trig(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
