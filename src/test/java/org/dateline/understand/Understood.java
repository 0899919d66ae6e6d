package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.dateline.TestReports;
import org.dateline.link.ReportLinks;
import org.dateline.map.MappedReport;
import org.dateline.read.PartialDate;
import org.dateline.read.ReportDoc;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;

/**
 * A report taken through understand -> map -> validate with the real engine (loaded once per JVM),
 * and questions about its graph, asked in SPARQL as users would ask them.
 */
public final class Understood {

    private static final Understander UNDERSTANDER = RuleBasedUnderstander.withCoreNlp();
    private static final ShapeValidator VALIDATOR = ShapeValidator.bundled();
    private static final String PREFIXES = """
            PREFIX dl: <https://w3id.org/dateline/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX plover: <https://w3id.org/dateline/plover#>
            """;

    public final ReportDoc doc;
    public final MappedReport mapped;
    public final ValidationOutcome validation;
    public final Model union;

    private Understood(ReportDoc doc) {
        this.doc = doc;
        this.mapped = TestReports.MAPPER.map(doc, UNDERSTANDER.understand(doc), ReportLinks.NONE);
        this.validation = VALIDATOR.validate(mapped);
        this.union = ModelFactory.createUnion(mapped.graph(), mapped.entities());
    }

    /** A report with this body, published on Tuesday 19 March 2024. */
    public static Understood body(String body) {
        return of(TestReports.doc("fixture.txt", 1, "A fixture", body, null, null));
    }

    public static Understood body(String body, PartialDate published) {
        return of(TestReports.doc("fixture.txt", 1, "A fixture", body, null, null, published));
    }

    public static Understood of(ReportDoc doc) {
        return new Understood(doc);
    }

    /** Labels of the entities of a class (dl:Person ...) the report mentions. */
    public Set<String> entities(String dlClass) {
        return set("SELECT ?v WHERE { ?r schema:mentions ?e . ?e a dl:" + dlClass + " ; rdfs:label ?v }");
    }

    /** The anchors of the mentions of the entity with this label, in body order. */
    public List<String> mentionsOf(String label) {
        return list("SELECT ?v WHERE { ?m itsrdf:taIdentRef ?e ; nif:anchorOf ?v ; nif:beginIndex ?b . ?e rdfs:label \""
                + label + "\" } ORDER BY ?b");
    }

    public Set<String> altLabels(String label) {
        return set("SELECT ?v WHERE { ?e rdfs:label \"" + label + "\" ; skos:altLabel ?v }");
    }

    /** Each role as "person | title | of" ("-" when the report does not say whose). */
    public Set<String> roles() {
        return set("""
                SELECT (CONCAT(?p, " | ", ?t, " | ", COALESCE(?o, "-")) AS ?v) WHERE {
                  ?person dl:hasRole ?role ; rdfs:label ?p . ?role a dl:Role ; dl:roleTitle ?t ; dl:statedIn ?r .
                  OPTIONAL { ?role dl:roleOf/rdfs:label ?o } }""");
    }

    /** Each quotation of a kind (DirectQuote, IndirectQuote) as "speaker | text", in body order. */
    public List<String> quotations(String kind) {
        return list("SELECT (CONCAT(COALESCE(?s, \"-\"), \" | \", ?t) AS ?v) WHERE { ?q a dl:Quotation ; dl:quoteKind dl:"
                + kind + " ; schema:text ?t ; nif:beginIndex ?b ; dl:inReport ?r . OPTIONAL { ?q dl:speaker/rdfs:label ?s } } ORDER BY ?b");
    }

    /**
     * The events of a report of this body, after checking that its graph is anchored and valid: the check every
     * event fixture makes before it compares the exact events.
     */
    public static Set<String> eventsOf(String body) {
        Understood report = body(body);
        report.assertAnchoredAndValid();
        return report.events();
    }

    /**
     * Each event as "TYPE | actor | target | date | modality" ("-" for no actor, no target or no date), with
     * labels of the actor and target, as an analyst would list them.
     */
    public Set<String> events() {
        return set("""
                SELECT (CONCAT(STRAFTER(STR(?t), "#"), " | ", COALESCE(?a, "-"), " | ", COALESCE(?g, "-"), " | ",
                        COALESCE(STR(?d), "-"), " | ", STRAFTER(STR(?m), "#")) AS ?v) WHERE {
                  ?e a dl:Event ; dl:eventType ?t ; dl:modality ?m ; dl:reportedIn ?r . OPTIONAL { ?e dl:actor/rdfs:label ?a }
                  OPTIONAL { ?e dl:target/rdfs:label ?g } OPTIONAL { ?e dl:date ?d } }""");
    }

    /** Each event with its sectors and CAMEO code as "TYPE | actor (sector) | target (sector) | cameo" ("-" where none). */
    public Set<String> eventCoding() {
        return set("""
                SELECT (CONCAT(STRAFTER(STR(?t), "#"), " | ", ?a, " (", COALESCE(?as, "-"), ") | ", COALESCE(?g, "-"), " (",
                        COALESCE(?ts, "-"), ") | ", COALESCE(?c, "-")) AS ?v) WHERE {
                  ?e a dl:Event ; dl:eventType ?t ; dl:actor/rdfs:label ?a .
                  OPTIONAL { ?e dl:target/rdfs:label ?g } OPTIONAL { ?e dl:actorSector ?as }
                  OPTIONAL { ?e dl:targetSector ?ts } OPTIONAL { ?e dl:cameoCode ?c } }""");
    }

    /** The evidence sentence and trigger of each event as "TYPE | actor | target | trigger | evidence". */
    public Set<String> eventEvidence() {
        return set("""
                SELECT (CONCAT(STRAFTER(STR(?t), "#"), " | ", ?a, " | ", ?g, " | ", ?w, " | ", ?s) AS ?v) WHERE {
                  ?e a dl:Event ; dl:eventType ?t ; dl:actor/rdfs:label ?a ; dl:target/rdfs:label ?g ; dl:trigger ?w ;
                     dl:evidence ?s }""");
    }

    /** The label of the place of the event of this type, actor and target; "-" when none. */
    public String eventPlace(String type, String actor, String target) {
        List<String> places = list("SELECT ?v WHERE { ?e dl:eventType plover:" + type + " ; dl:actor/rdfs:label '" + actor
                + "' ; dl:target/rdfs:label '" + target + "' ; dl:place/rdfs:label ?v }");
        return places.isEmpty() ? "-" : String.join(",", places);
    }

    /** Each time expression as "anchor = value". */
    public Set<String> times() {
        return set("SELECT (CONCAT(?a, \" = \", STR(?n)) AS ?v) WHERE { ?t a dl:TimeExpression , nif:Phrase ; nif:anchorOf ?a ; dl:normalizedValue ?n }");
    }

    /** The XSD local name of the normalised value of the time expression with this anchor. */
    public String timeDatatype(String anchor) {
        return list("SELECT (STRAFTER(STR(DATATYPE(?n)), \"#\") AS ?v) WHERE { ?t dl:normalizedValue ?n ; nif:anchorOf \"" + anchor + "\" }").get(0);
    }

    /** Every NIF anchor and every quotation equals the body's text at its code-point offsets; the graph conforms. */
    public void assertAnchoredAndValid() {
        assertTrue(validation.conforms(), validation.problems().toString());
        String body = doc.body();
        int[] points = body.codePoints().toArray();
        int phrases = 0;
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES
                + "SELECT ?a ?b ?e WHERE { ?m a nif:Phrase ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e }").build()) {
            ResultSet results = qe.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                int b = row.getLiteral("b").getInt();
                int e = row.getLiteral("e").getInt();
                assertEquals(new String(points, b, e - b), row.getLiteral("a").getString());
                phrases++;
            }
        }
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES
                + "SELECT ?t ?b ?e WHERE { ?q a dl:Quotation ; schema:text ?t ; nif:beginIndex ?b ; nif:endIndex ?e }").build()) {
            ResultSet results = qe.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                int b = row.getLiteral("b").getInt();
                int e = row.getLiteral("e").getInt();
                String span = new String(points, b, e - b);
                // Quotations over several paragraphs drop the paragraph break and the reopening mark.
                assertEquals(span.replaceAll("\\s*\\n\\s*\\n\\s*[“\"]", " "), row.getLiteral("t").getString());
            }
        }
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES
                + "SELECT ?s ?b ?e WHERE { ?x a dl:Event ; dl:evidence ?s ; dl:evidenceBeginIndex ?b ; dl:evidenceEndIndex ?e }").build()) {
            qe.execSelect().forEachRemaining(row -> {
                int b = row.getLiteral("b").getInt();
                int e = row.getLiteral("e").getInt();
                assertEquals(new String(points, b, e - b), row.getLiteral("s").getString());
            });
        }
        assertEquals(phrases, union.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                union.createResource("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase")).toList().size());
    }

    private Set<String> set(String query) {
        return new TreeSet<>(list(query));
    }

    private List<String> list(String query) {
        List<String> values = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(union).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(row -> values.add(row.get("v").asLiteral().getLexicalForm()));
        }
        return values;
    }
}
