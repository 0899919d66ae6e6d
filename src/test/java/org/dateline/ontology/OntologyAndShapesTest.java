package org.dateline.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the ontology (ontology/*.ttl) and the SHACL shapes (shapes/*.ttl): that they parse, that every
 * term is declared, documented and aligned, that a consistent report graph conforms, and that each of a
 * set of broken variants of it fails with exactly the expected result.
 */
class OntologyAndShapesTest {

    static final String DL = "https://w3id.org/dateline/ns#";
    static final String PLOVER = "https://w3id.org/dateline/plover#";
    static final String CAMEO = "https://w3id.org/dateline/cameo#";
    static final String DLSH = "https://w3id.org/dateline/shapes#";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String ONTOLOGY_IRI = "https://w3id.org/dateline/ns";

    static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path ONTOLOGY = BASE.resolve("ontology/dateline.ttl");
    static final Path PLOVER_FILE = BASE.resolve("ontology/plover.ttl");
    static final Path SHAPES_DIR = BASE.resolve("shapes");
    static final Path VALID = BASE.resolve("src/test/resources/ontology/valid-report.ttl");
    static final Path MINIMAL = BASE.resolve("src/test/resources/ontology/minimal-report.ttl");
    static final Path GOLDEN = BASE.resolve("src/test/resources/golden");
    static final Path DESIGN = BASE.resolve("../shared/DESIGN.md");

    /** Every dl: term of the vocabulary contract (DESIGN.md section 2) and of the mapper. */
    static final List<String> CONTRACT_TERMS = List.of(
            // classes
            "Report", "Person", "Organization", "Country", "Place", "Role", "Quotation", "QuoteKind",
            "TimeExpression", "Event", "Modality",
            // individuals
            "DirectQuote", "IndirectQuote", "Asserted", "Alleged", "Denied", "Planned",
            // report (contract, then mapper)
            "dateInferred", "datelinePlace", "dateline", "agency", "caption", "byline", "bodyContext",
            "sourcePosition", "softwareVersion", "validationWarning",
            // entity, role, quotation, time expression
            "linkConfidence", "hasRole", "roleTitle", "roleOf", "statedIn", "speaker", "quoteKind",
            "inReport", "normalizedValue",
            // event
            "eventType", "actor", "target", "date", "place", "trigger", "reportedIn", "evidence",
            "evidenceBeginIndex", "evidenceEndIndex", "modality");

    static final List<String> PLOVER_CATEGORIES = List.of(
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    /** Predicates that count as an alignment to another vocabulary. */
    static final List<Property> ALIGNMENT = List.of(
            RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
            SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch);

    static final String PREFIXES = """
            PREFIX dl:     <https://w3id.org/dateline/ns#>
            PREFIX plover: <https://w3id.org/dateline/plover#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX wd:     <http://www.wikidata.org/entity/>
            PREFIX r:      <http://localhost:3030/report/3f2a9c0d1e4b5a67>
            PREFIX e:      <http://localhost:3030/entity/>
            """;

    static final String REPORT = "http://localhost:3030/report/3f2a9c0d1e4b5a67";
    static final String CONTEXT = REPORT + "#char=0,240";
    static final String ENTITY = "http://localhost:3030/entity/";
    static final String EVENT = "http://localhost:3030/event/3f2a9c0d1e4b5a67-1";
    static final String QUOTE = "http://localhost:3030/quote/3f2a9c0d1e4b5a67-1";
    static final String ROLE = "http://localhost:3030/role/3f2a9c0d1e4b5a67-1";

    static Model ontology;
    static Model plover;
    static Model shapesModel;
    static Shapes shapes;

    @BeforeAll
    static void load() throws IOException {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        plover = RDFDataMgr.loadModel(PLOVER_FILE.toString());
        shapesModel = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(SHAPES_DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(shapesModel, file.toString());
            }
        }
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    // ---------------------------------------------------------------- ontology

    @Test
    void ontologyHeader() {
        Resource onto = ontology.getResource(ONTOLOGY_IRI);
        assertTrue(onto.hasProperty(RDF.type, OWL.Ontology), "owl:Ontology " + ONTOLOGY_IRI);
        Property title = ontology.createProperty("http://purl.org/dc/terms/title");
        Property description = ontology.createProperty("http://purl.org/dc/terms/description");
        Property license = ontology.createProperty("http://purl.org/dc/terms/license");
        Property prefix = ontology.createProperty("http://purl.org/vocab/vann/preferredNamespacePrefix");
        assertTrue(onto.hasProperty(title));
        assertTrue(onto.hasProperty(description));
        assertTrue(onto.hasProperty(license,
                ontology.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertEquals("0.1.0", onto.getProperty(OWL.versionInfo).getString());
        assertEquals("dl", onto.getProperty(prefix).getString());
        assertFalse(plover.isEmpty());
    }

    @Test
    void contractTermsAreDeclared() {
        for (String term : CONTRACT_TERMS) {
            assertDeclared(ontology.createResource(DL + term));
        }
    }

    /** Keeps the ontology in step with the contract text itself, when the design page is at hand. */
    @Test
    void designContractTermsAreDeclared() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DESIGN), "DESIGN.md not found at " + DESIGN);
        String text = Files.readString(DESIGN, StandardCharsets.UTF_8);
        int start = text.indexOf("## 2.");
        int end = text.indexOf("## 3.");
        assertTrue(start >= 0 && end > start, "section 2 of DESIGN.md");
        Matcher m = Pattern.compile("\\bdl:([A-Za-z][A-Za-z0-9]*)").matcher(text.substring(start, end));
        Set<String> terms = new TreeSet<>();
        while (m.find()) {
            terms.add(m.group(1));
        }
        assertFalse(terms.isEmpty());
        for (String term : terms) {
            assertDeclared(ontology.createResource(DL + term));
        }
    }

    @Test
    void everyDlTermIsDocumented() {
        Set<Resource> terms = dlSubjects(ontology);
        assertTrue(terms.size() >= CONTRACT_TERMS.size());
        for (Resource term : terms) {
            assertDeclared(term);
        }
    }

    @Test
    void everyDlClassAndPropertyIsAlignedOrDocumentedAsLocal() {
        List<String> problems = new ArrayList<>();
        for (Resource term : dlSubjects(ontology)) {
            boolean classOrProperty = term.hasProperty(RDF.type, OWL.Class)
                    || term.hasProperty(RDF.type, OWL.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL.DatatypeProperty);
            if (!classOrProperty) {
                assertTrue(term.hasProperty(RDF.type, OWL.NamedIndividual), term + " is an individual");
                continue;
            }
            boolean aligned = ALIGNMENT.stream().anyMatch(p -> term.listProperties(p).toList().stream()
                    .anyMatch(s -> s.getObject().isURIResource()
                            && !s.getResource().getURI().startsWith(DL)));
            boolean local = term.listProperties(SKOS.editorialNote).toList().stream()
                    .anyMatch(s -> s.getString().startsWith("Local term"));
            if (!aligned && !local) {
                problems.add(term.getLocalName());
            }
        }
        assertEquals(List.of(), problems, "dl: terms neither aligned nor documented as local");
    }

    @Test
    void requiredAlignments() {
        assertAligned("Report", RDFS.subClassOf, "https://schema.org/NewsArticle");
        assertAligned("Report", RDFS.subClassOf, "http://www.w3.org/ns/prov#Entity");
        assertAligned("Person", RDFS.subClassOf, "https://schema.org/Person");
        assertAligned("Person", SKOS.closeMatch, "http://www.wikidata.org/entity/Q5");
        assertAligned("Organization", RDFS.subClassOf, "https://schema.org/Organization");
        assertAligned("Organization", SKOS.closeMatch, "http://www.wikidata.org/entity/Q43229");
        assertAligned("Country", RDFS.subClassOf, "https://schema.org/Country");
        assertAligned("Country", RDFS.subClassOf, DL + "Place");
        assertAligned("Country", SKOS.closeMatch, "http://www.wikidata.org/entity/Q6256");
        assertAligned("Place", RDFS.subClassOf, "https://schema.org/Place");
        assertAligned("Role", RDFS.subClassOf, "https://schema.org/Role");
        assertAligned("Quotation", RDFS.subClassOf, "https://schema.org/Quotation");
        String nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        String sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        assertAligned("TimeExpression", RDFS.subClassOf, nif + "Phrase");
        assertAligned("Event", RDFS.subClassOf, sem + "Event");
        assertAligned("actor", RDFS.subPropertyOf, sem + "hasActor");
        assertAligned("target", RDFS.subPropertyOf, sem + "hasActor");
        assertAligned("place", RDFS.subPropertyOf, sem + "hasPlace");
        assertAligned("date", RDFS.subPropertyOf, sem + "hasTimeStamp");
        Resource xsdBoolean = ontology.createResource("http://www.w3.org/2001/XMLSchema#boolean");
        Resource xsdDecimal = ontology.createResource("http://www.w3.org/2001/XMLSchema#decimal");
        assertTrue(ontology.createResource(DL + "dateInferred").hasProperty(RDFS.range, xsdBoolean));
        assertTrue(ontology.createResource(DL + "linkConfidence").hasProperty(RDFS.range, xsdDecimal));
    }

    @Test
    void ploverSchemeHasSixteenDocumentedCategories() {
        Resource scheme = plover.createResource(PLOVER + "scheme");
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme));
        assertTrue(scheme.hasProperty(plover.createProperty("http://purl.org/dc/terms/source"),
                plover.createResource("https://github.com/openeventdata/PLOVER")));
        Set<String> concepts = plover.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                .map(Resource::getURI).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = PLOVER_CATEGORIES.stream().map(c -> PLOVER + c)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, concepts);
        Resource cameoScheme = plover.createResource(CAMEO + "scheme");
        for (String name : PLOVER_CATEGORIES) {
            Resource c = plover.createResource(PLOVER + name);
            assertTrue(c.hasProperty(RDF.type, SKOS.Concept), name);
            assertTrue(c.hasProperty(SKOS.topConceptOf, scheme), name);
            assertTrue(c.hasProperty(SKOS.prefLabel, plover.createLiteral(name, "en")), name);
            assertTrue(c.hasProperty(SKOS.altLabel), name);
            assertTrue(c.getProperty(SKOS.definition).getString().length() > 40, name + " definition");
            List<Statement> matches = c.listProperties(SKOS.closeMatch).toList();
            assertFalse(matches.isEmpty(), name + " has no skos:closeMatch");
            for (Statement match : matches) {
                assertTrue(match.getResource().hasProperty(SKOS.inScheme, cameoScheme),
                        name + " matches " + match.getObject() + ", not a CAMEO root code");
            }
        }
        List<Resource> cameo = plover.listSubjectsWithProperty(SKOS.inScheme, cameoScheme).toList();
        assertEquals(20, cameo.size());
        for (int code = 1; code <= 20; code++) {
            Resource c = plover.createResource(CAMEO + String.format("%02d", code));
            assertTrue(c.hasProperty(RDF.type, SKOS.Concept), c.getURI());
            assertTrue(c.hasProperty(SKOS.prefLabel), c.getURI());
        }
        assertEquals("USE UNCONVENTIONAL MASS VIOLENCE",
                plover.createResource(CAMEO + "20").getProperty(SKOS.prefLabel).getString());
    }

    // ---------------------------------------------------------------- shapes

    @Test
    void shapesParse() {
        assertFalse(shapes.getTargetShapes().isEmpty());
        for (String name : List.of("ReportShape", "ValidationWarningShape", "IngestionActivityShape", "ContextShape", "PhraseShape",
                "TimeExpressionShape", "PersonShape", "OrganizationShape", "CountryShape", "PlaceShape",
                "RoleShape", "RoleHolderShape", "QuotationShape", "EventShape")) {
            Resource shape = shapesModel.createResource(DLSH + name);
            assertTrue(shape.hasProperty(RDF.type, shapesModel.createResource(SH + "NodeShape")), name);
        }
    }

    @Test
    void everyConstraintHasAMessageAndEveryPropertyShapeAName() {
        Property property = shapesModel.createProperty(SH, "property");
        Property sparql = shapesModel.createProperty(SH, "sparql");
        Property message = shapesModel.createProperty(SH, "message");
        Property name = shapesModel.createProperty(SH, "name");
        Property path = shapesModel.createProperty(SH, "path");
        List<String> problems = new ArrayList<>();
        for (Statement s : shapesModel.listStatements(null, property, (RDFNode) null).toList()) {
            Resource ps = s.getResource();
            if (!ps.hasProperty(message)) problems.add("no sh:message: " + ps);
            if (!ps.hasProperty(name)) problems.add("no sh:name: " + ps);
            if (!ps.hasProperty(path)) problems.add("no sh:path: " + ps);
        }
        for (Statement s : shapesModel.listStatements(null, sparql, (RDFNode) null).toList()) {
            if (!s.getResource().hasProperty(message)) problems.add("no sh:message: " + s.getObject());
        }
        // Node shapes with constraints of their own (sh:class here) need a message too.
        for (Resource shape : shapesModel.listSubjectsWithProperty(RDF.type,
                shapesModel.createResource(SH + "NodeShape")).toList()) {
            if (shape.hasProperty(shapesModel.createProperty(SH, "class")) && !shape.hasProperty(message)) {
                problems.add("no sh:message: " + shape);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A result's message identifies the constraint that produced it. */
    @Test
    void messagesAreUnique() {
        Property message = shapesModel.createProperty(SH, "message");
        Map<String, Set<Resource>> byText = new TreeMap<>();
        for (Statement s : shapesModel.listStatements(null, message, (RDFNode) null).toList()) {
            byText.computeIfAbsent(s.getString(), k -> new HashSet<>()).add(s.getSubject());
        }
        List<String> shared = byText.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertEquals(List.of(), shared);
    }

    @Test
    void dlTermsUsedInShapesAreDeclared() {
        Set<String> used = new TreeSet<>();
        shapesModel.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(DL)) {
                    used.add(n.asResource().getURI());
                }
            }
            if (s.getObject().isLiteral()) {
                Matcher m = Pattern.compile("\\bdl:([A-Za-z][A-Za-z0-9]*)").matcher(s.getString());
                while (m.find()) {
                    used.add(DL + m.group(1));
                }
            }
        });
        assertTrue(used.size() > 30, "dl: terms found in shapes: " + used);
        for (String term : used) {
            assertDeclared(ontology.createResource(term));
        }
    }

    @Test
    void eventTypeShapeListsExactlyThePloverConcepts() {
        Resource shape = shapesModel.createResource(DLSH + "Event-eventType");
        RDFList in = shape.getPropertyResourceValue(shapesModel.createProperty(SH, "in")).as(RDFList.class);
        Set<String> listed = in.asJavaList().stream().map(n -> n.asResource().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = plover.listSubjectsWithProperty(SKOS.inScheme,
                plover.createResource(PLOVER + "scheme")).toList().stream().map(Resource::getURI)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, listed);
    }

    // ---------------------------------------------------------------- validation

    @Test
    void validReportConforms() {
        ValidationReport report = validate(RDFDataMgr.loadModel(VALID.toString()));
        assertTrue(report.conforms(), () -> describe(report));
        assertTrue(report.getEntries().isEmpty(), "a complete report gives no warning either");
    }

    @Test
    void whatTheMapperProducesTodayConforms() {
        Model data = RDFDataMgr.loadModel(MINIMAL.toString());
        assertTrue(data.contains(data.createResource(REPORT), RDF.type, data.createResource(DL + "Report")));
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> describe(report));
    }

    /**
     * The mapper's golden outputs (src/test/resources/golden, owned by the map package) conform: each
     * file's graphs merged, as the validate stage sees a report's graph plus its entities; with the
     * warnings kept in them (what the example lacks), which give no violation and the same warnings again.
     */
    @Test
    void mapperGoldenOutputsConform() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(GOLDEN), "no golden mapper outputs at " + GOLDEN);
        List<Path> files;
        try (Stream<Path> list = Files.list(GOLDEN)) {
            files = list.filter(p -> p.toString().endsWith(".trig")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no golden mapper outputs at " + GOLDEN);
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Dataset dataset = DatasetFactory.create();
            RDFDataMgr.read(dataset, file.toString());
            Model data = ModelFactory.createDefaultModel();
            dataset.listNames().forEachRemaining(g -> data.add(dataset.getNamedModel(g)));
            data.add(dataset.getDefaultModel());
            ValidationReport report = validate(data);
            if (!violations(report).isEmpty()) {
                problems.add(file.getFileName() + ":" + describe(report));
            }
            Set<String> kept = data.listObjectsOfProperty(data.createProperty(DL, "validationWarning")).toList()
                    .stream().map(w -> w.asResource().getPropertyResourceValue(data.createProperty(SH, "sourceShape")).getURI())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> given = report.getEntries().stream().map(e -> e.source().getURI())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!kept.equals(given)) {
                problems.add(file.getFileName() + ": warnings kept " + kept + " but the shapes give " + given);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The future-date check leaves a day's grace for time zones ahead of UTC, and handles partial dates. */
    @ParameterizedTest(name = "datePublished {0} conforms: {1}")
    @MethodSource("publishedDates")
    void publishedDateAgainstIngestion(String date, boolean conforms) {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        UpdateAction.parseExecute(PREFIXES + "DELETE { r: schema:datePublished ?d } INSERT { r: schema:datePublished "
                + date + " } WHERE { r: schema:datePublished ?d }", data);
        ValidationReport report = validate(data);
        assertEquals(conforms, report.conforms(), () -> describe(report));
        if (!conforms) {
            assertEquals(Set.of(REPORT + " | schema:datePublished lies in the future: it is later than the date"
                    + " of prov:endedAtTime of the activity that ingested the report."), results(violations(report)));
        }
    }

    static Stream<Arguments> publishedDates() {
        return Stream.of(
                Arguments.of("\"2026-11-25\"^^xsd:date", true),
                Arguments.of("\"2026-11-26\"^^xsd:date", true),
                Arguments.of("\"2026-11-27\"^^xsd:date", false),
                Arguments.of("\"2026-11\"^^xsd:gYearMonth", true),
                Arguments.of("\"2026-12\"^^xsd:gYearMonth", false),
                Arguments.of("\"2027\"^^xsd:gYear", false),
                Arguments.of("\"--12-31\"^^xsd:gMonthDay", true),
                Arguments.of("\"--12\"^^xsd:gMonth", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantFailsWithExpectedResult(String name, String update, String focus, String message) {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        long before = data.size();
        UpdateAction.parseExecute(PREFIXES + update, data);
        assertTrue(data.size() != before || update.contains("DELETE"), "the update changed nothing");
        ValidationReport report = validate(data);
        assertFalse(report.conforms(), name + ": expected a violation");
        assertEquals(Set.of(focus + " | " + message), results(report.getEntries()), name);
        assertEquals(report.getEntries(), violations(report), name + ": violations only");
    }

    /**
     * What a report should have but may lack is a warning, not a violation: the report conforms (no
     * violation), with exactly one warning, whose message says what is missing and how to add it and
     * whose shape is labelled with what is missing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("missingMetadata")
    void missingMetadataIsAWarning(String label, String property, String messageStart) {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        long before = data.size();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { r: " + property + " ?v }", data);
        assertTrue(data.size() < before, "the update removed nothing");
        ValidationReport report = validate(data);
        assertEquals(List.of(), violations(report), () -> describe(report));
        assertEquals(1, report.getEntries().size(), () -> describe(report));
        ReportEntry warning = report.getEntries().iterator().next();
        assertEquals(Severity.Warning.level(), warning.severity().level());
        assertEquals(REPORT, warning.focusNode().getURI());
        assertTrue(warning.message().startsWith(messageStart), warning.message());
        assertTrue(warning.message().contains("; add "), "the message says how to supply it: " + warning.message());
        Resource shape = shapesModel.getResource(warning.source().getURI());
        assertEquals(label, shape.getProperty(RDFS.label).getString());
        assertEquals(shapesModel.expandPrefix(property), shape.getPropertyResourceValue(
                shapesModel.createProperty(SH, "path")).getURI());
    }

    static Stream<Arguments> missingMetadata() {
        return Stream.of(
                Arguments.of("no headline", "schema:headline",
                        "Report has no headline: the reader found no title line"),
                Arguments.of("no publication date", "schema:datePublished",
                        "Report has no publication date: the reader found no date line"),
                Arguments.of("no publisher", "schema:publisher",
                        "Report has no publisher: the reader found neither"),
                Arguments.of("no dateline place", "dl:datelinePlace",
                        "Report has no dateline place: the body does not open with a dateline"));
    }

    /** A report that lacks several things gets a warning for each, and still no violation. */
    @Test
    void warningsAddUpWithoutAViolation() {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { r: schema:headline ?h }; "
                + "DELETE WHERE { r: schema:datePublished ?d }", data);
        ValidationReport report = validate(data);
        assertFalse(report.conforms(), "SHACL's own sh:conforms is false when there are warnings");
        assertEquals(List.of(), violations(report));
        assertEquals(Set.of(DLSH + "Report-headline-min", DLSH + "Report-datePublished-min"),
                report.getEntries().stream().map(e -> e.source().getURI()).collect(Collectors.toSet()));
    }

    /** A malformed value is still a violation, also where a missing one is only a warning. */
    @Test
    void emptyHeadlineIsStillAViolation() {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        UpdateAction.parseExecute(PREFIXES + "DELETE { r: schema:headline ?h } INSERT { r: schema:headline \"\" } "
                + "WHERE { r: schema:headline ?h }", data);
        ValidationReport report = validate(data);
        assertEquals(Set.of(REPORT + " | schema:headline must be a non-empty xsd:string of at most 500 characters."),
                results(violations(report)));
    }

    /** A warning kept with a report (dl:validationWarning) is shaped: IRI, severity sh:Warning, message, shape. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("keptWarnings")
    void keptWarningIsShaped(String name, String update, String message) {
        Model data = RDFDataMgr.loadModel(VALID.toString());
        UpdateAction.parseExecute(PREFIXES + KEPT_WARNING, data);
        assertEquals(List.of(), violationMessages(data), "the well-formed kept warning");
        UpdateAction.parseExecute(PREFIXES + update, data);
        List<String> violations = violationMessages(data);
        if (message == null) {
            assertEquals(List.of(), violations, name);
        } else {
            assertEquals(List.of(message), violations, name);
        }
    }

    /** The messages of the violations of a graph (warnings left out). */
    private static List<String> violationMessages(Model data) {
        return violations(validate(data)).stream().map(ReportEntry::message).sorted().toList();
    }

    static final String KEPT_WARNING = """
            PREFIX sh:   <http://www.w3.org/ns/shacl#>
            PREFIX dlsh: <https://w3id.org/dateline/shapes#>
            INSERT DATA {
              r: dl:validationWarning <http://localhost:3030/report/3f2a9c0d1e4b5a67#warning-publisher> .
              <http://localhost:3030/report/3f2a9c0d1e4b5a67#warning-publisher> a sh:ValidationResult ;
                  sh:resultSeverity sh:Warning ; sh:focusNode r: ; sh:resultPath schema:publisher ;
                  sh:resultMessage "Report has no publisher." ; sh:sourceShape dlsh:Report-publisher-min ;
                  sh:sourceConstraintComponent sh:MinCountConstraintComponent .
            }""";

    static Stream<Arguments> keptWarnings() {
        String w = "<http://localhost:3030/report/3f2a9c0d1e4b5a67#warning-publisher>";
        String sh = "PREFIX sh: <http://www.w3.org/ns/shacl#> ";
        return Stream.of(
                Arguments.of("unchanged", "INSERT DATA {}", null),
                Arguments.of("a violation kept as a warning",
                        sh + "DELETE { " + w + " sh:resultSeverity ?s } INSERT { " + w + " sh:resultSeverity sh:Violation } "
                                + "WHERE { " + w + " sh:resultSeverity ?s }",
                        "The sh:resultSeverity of a dl:validationWarning must be sh:Warning, and only that: "
                                + "a report with a violation is never stored."),
                Arguments.of("no message",
                        sh + "DELETE WHERE { " + w + " sh:resultMessage ?m }",
                        "A dl:validationWarning has no sh:resultMessage; at least one is required."),
                Arguments.of("no shape",
                        sh + "DELETE WHERE { " + w + " sh:sourceShape ?m }",
                        "A dl:validationWarning has no sh:sourceShape; exactly one is required."),
                Arguments.of("a blank node",
                        sh + "INSERT { r: dl:validationWarning [ a sh:ValidationResult ; sh:resultSeverity sh:Warning ; "
                                + "sh:focusNode r: ; sh:resultMessage \"x\" ; sh:sourceShape <https://w3id.org/dateline/shapes#Report-headline-min> ] } "
                                + "WHERE {}",
                        "dl:validationWarning must be an IRI typed sh:ValidationResult (not a blank node, so that a "
                                + "report's triples are always the same)."),
                Arguments.of("not a validation result",
                        sh + "DELETE WHERE { " + w + " a sh:ValidationResult }",
                        "dl:validationWarning must be an IRI typed sh:ValidationResult (not a blank node, so that a "
                                + "report's triples are always the same)."));
    }

    static Stream<Arguments> brokenVariants() {
        return Stream.of(
                Arguments.of("two headlines",
                        "INSERT DATA { r: schema:headline \"Another headline\" }",
                        REPORT, "Report has more than one schema:headline; exactly one is allowed."),
                Arguments.of("headline longer than 500 characters",
                        "DELETE { r: schema:headline ?h } INSERT { r: schema:headline ?long } "
                                + "WHERE { r: schema:headline ?h BIND(CONCAT(?h, \"" + "x".repeat(500) + "\") AS ?long) }",
                        REPORT, "schema:headline must be a non-empty xsd:string of at most 500 characters."),
                Arguments.of("body and context differ",
                        "DELETE { r: schema:articleBody ?b } INSERT { r: schema:articleBody ?b2 } "
                                + "WHERE { r: schema:articleBody ?b BIND(CONCAT(?b, \" More.\") AS ?b2) }",
                        REPORT, "The nif:isString of the report's dl:bodyContext differs from its schema:articleBody."),
                Arguments.of("date published in the future",
                        "DELETE { r: schema:datePublished ?d } INSERT { r: schema:datePublished \"2030-01-01\"^^xsd:date } "
                                + "WHERE { r: schema:datePublished ?d }",
                        REPORT, "schema:datePublished lies in the future: it is later than the date of "
                                + "prov:endedAtTime of the activity that ingested the report."),
                Arguments.of("publisher is a place",
                        "DELETE { r: schema:publisher ?p } INSERT { r: schema:publisher e:niamey } "
                                + "WHERE { r: schema:publisher ?p }",
                        REPORT, "schema:publisher must be a dl:Organization."),
                Arguments.of("dateline place is an organisation",
                        "DELETE { r: dl:datelinePlace ?p } INSERT { r: dl:datelinePlace e:radio-habana-cuba } "
                                + "WHERE { r: dl:datelinePlace ?p }",
                        REPORT, "dl:datelinePlace must be a dl:Place or a dl:Country."),
                Arguments.of("source position typed xsd:integer",
                        "DELETE { r: dl:sourcePosition ?p } INSERT { r: dl:sourcePosition 1 } "
                                + "WHERE { r: dl:sourcePosition ?p }",
                        REPORT, "dl:sourcePosition must be an xsd:positiveInteger (1 for the first report of a source)."),
                Arguments.of("activity without software version",
                        "DELETE WHERE { ?a dl:softwareVersion ?v }",
                        "http://localhost:3030/activity/20261125T140000Z-ab12",
                        "Ingestion activity has no dl:softwareVersion; exactly one is required."),
                Arguments.of("context end index counted in UTF-16 units",
                        "DELETE { ?c nif:endIndex ?e } INSERT { ?c nif:endIndex \"241\"^^xsd:nonNegativeInteger } "
                                + "WHERE { ?c a nif:Context ; nif:endIndex ?e }",
                        CONTEXT, "nif:endIndex of a nif:Context must equal the length of its nif:isString "
                                + "in Unicode code points."),
                Arguments.of("anchorOf does not match the offsets",
                        "DELETE { ?p nif:anchorOf ?a } INSERT { ?p nif:anchorOf \"Niameyy\" } "
                                + "WHERE { ?p nif:anchorOf ?a FILTER(?a = \"Niamey\") }",
                        REPORT + "#char=93,99", "nif:anchorOf differs from the text between nif:beginIndex and "
                                + "nif:endIndex in the nif:isString of the nif:referenceContext."),
                Arguments.of("phrase end index beyond the context",
                        "DELETE { ?p nif:endIndex ?e } INSERT { ?p nif:endIndex \"300\"^^xsd:nonNegativeInteger } "
                                + "WHERE { ?p a dl:TimeExpression ; nif:endIndex ?e }",
                        REPORT + "#char=230,239", "nif:beginIndex must be less than nif:endIndex, and nif:endIndex "
                                + "at most the length of the nif:isString of the nif:referenceContext."),
                Arguments.of("time expression not typed nif:Phrase",
                        "DELETE WHERE { ?t a dl:TimeExpression , nif:Phrase }; "
                                + "INSERT { ?t a dl:TimeExpression } WHERE { ?t dl:normalizedValue ?v }",
                        REPORT + "#char=230,239", "A dl:TimeExpression must also be typed nif:Phrase."),
                Arguments.of("time expression value is a plain string",
                        "DELETE { ?t dl:normalizedValue ?v } INSERT { ?t dl:normalizedValue \"2023-07\" } "
                                + "WHERE { ?t dl:normalizedValue ?v }",
                        REPORT + "#char=230,239",
                        "dl:normalizedValue must be a valid xsd:date, xsd:gYearMonth or xsd:gYear literal."),
                Arguments.of("event with a non-PLOVER type",
                        "DELETE { ?e dl:eventType ?t } INSERT { ?e dl:eventType <https://w3id.org/dateline/cameo#04> } "
                                + "WHERE { ?e dl:eventType ?t }",
                        EVENT, "dl:eventType must be one of the 16 PLOVER categories of plover:scheme, "
                                + "such as plover:CONSULT."),
                Arguments.of("event with a quote kind as modality",
                        "DELETE { ?e dl:modality ?m } INSERT { ?e dl:modality dl:DirectQuote } "
                                + "WHERE { ?e dl:modality ?m }",
                        EVENT, "dl:modality must be dl:Asserted, dl:Alleged, dl:Denied or dl:Planned."),
                Arguments.of("event evidence does not match its offsets",
                        "DELETE { ?e dl:evidence ?v } INSERT { ?e dl:evidence \"Something else entirely.\" } "
                                + "WHERE { ?e dl:evidence ?v }",
                        EVENT, "dl:evidence differs from the text between dl:evidenceBeginIndex and "
                                + "dl:evidenceEndIndex in the schema:articleBody of the report it is dl:reportedIn."),
                Arguments.of("event without the report",
                        "DELETE WHERE { ?e dl:reportedIn ?r }",
                        EVENT, "dl:Event has no dl:reportedIn; at least one report is required."),
                Arguments.of("role without title",
                        "DELETE WHERE { ?role dl:roleTitle ?t }",
                        ROLE, "dl:Role has no dl:roleTitle; exactly one is required."),
                Arguments.of("role held by a country",
                        "DELETE { ?p dl:hasRole ?r } INSERT { e:Q1032 dl:hasRole ?r } WHERE { ?p dl:hasRole ?r }",
                        ENTITY + "Q1032", "Only a dl:Person can have a dl:hasRole."),
                Arguments.of("quotation with bad quoteKind",
                        "DELETE { ?q dl:quoteKind ?k } INSERT { ?q dl:quoteKind dl:Asserted } "
                                + "WHERE { ?q dl:quoteKind ?k }",
                        QUOTE, "dl:quoteKind must be dl:DirectQuote or dl:IndirectQuote."),
                Arguments.of("quotation beyond the body",
                        "DELETE { ?q nif:endIndex ?e } INSERT { ?q nif:endIndex \"500\"^^xsd:nonNegativeInteger } "
                                + "WHERE { ?q a dl:Quotation ; nif:endIndex ?e }",
                        QUOTE, "A dl:Quotation's nif:beginIndex and nif:endIndex must be given together, with "
                                + "nif:beginIndex less than nif:endIndex and nif:endIndex at most the length of the "
                                + "schema:articleBody of its dl:inReport."),
                Arguments.of("sameAs without linkConfidence",
                        "DELETE WHERE { e:Q159 dl:linkConfidence ?c }",
                        ENTITY + "Q159", "Entity has an owl:sameAs link but no dl:linkConfidence for it."),
                Arguments.of("linkConfidence 1.5",
                        "DELETE { e:Q1032 dl:linkConfidence ?c } INSERT { e:Q1032 dl:linkConfidence 1.5 } "
                                + "WHERE { e:Q1032 dl:linkConfidence ?c }",
                        ENTITY + "Q1032", "dl:linkConfidence must be an xsd:decimal between 0 and 1."),
                Arguments.of("sameAs outside Wikidata",
                        "DELETE { e:Q159 owl:sameAs ?w } INSERT { e:Q159 owl:sameAs <http://dbpedia.org/resource/Russia> } "
                                + "WHERE { e:Q159 owl:sameAs ?w }",
                        ENTITY + "Q159", "owl:sameAs of an entity must be a Wikidata item IRI such as "
                                + "http://www.wikidata.org/entity/Q1032."),
                Arguments.of("entity with two labels",
                        "INSERT DATA { e:niamey rdfs:label \"Niamey City\" }",
                        ENTITY + "niamey", "Entity has more than one rdfs:label; exactly one is allowed "
                                + "(put variants in skos:altLabel)."));
    }

    // ---------------------------------------------------------------- helpers

    static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(shapes, data.getGraph());
    }

    /** The results of severity sh:Violation: what refuses a report. */
    static List<ReportEntry> violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity().level().equals(Severity.Violation.level())).toList();
    }

    /** The distinct results as "focus | message". */
    static Set<String> results(java.util.Collection<ReportEntry> entries) {
        return entries.stream()
                .map(e -> str(e.focusNode()) + " | " + e.message())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String str(Node n) {
        return n.isURI() ? n.getURI() : n.toString();
    }

    static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append("\n  ").append(str(e.focusNode())).append(" ").append(e.resultPath()).append(" ")
                    .append(e.value()).append(": ").append(e.message());
        }
        return sb.toString();
    }

    static Set<Resource> dlSubjects(Model m) {
        return m.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(DL))
                .collect(Collectors.toSet());
    }

    static void assertDeclared(Resource term) {
        Resource t = ontology.createResource(term.getURI());
        if (!t.hasProperty(RDF.type)) {
            fail(t.getURI() + " is not declared in ontology/dateline.ttl");
        }
        assertTrue(hasEnglish(t, RDFS.label), t.getURI() + " has no rdfs:label@en");
        assertTrue(hasEnglish(t, RDFS.comment), t.getURI() + " has no rdfs:comment@en");
        assertTrue(t.hasProperty(RDFS.isDefinedBy, ontology.createResource(ONTOLOGY_IRI)),
                t.getURI() + " has no rdfs:isDefinedBy");
    }

    static boolean hasEnglish(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(o -> (Literal) o).anyMatch(l -> "en".equals(l.getLanguage()) && !l.getString().isBlank());
    }

    static void assertAligned(String term, Property p, String target) {
        assertTrue(ontology.createResource(DL + term).hasProperty(p, ontology.createResource(target)),
                "dl:" + term + " " + p.getLocalName() + " " + target);
    }
}
