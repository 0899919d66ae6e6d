package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.TestReports;
import org.dateline.link.ReportLinks;
import org.dateline.read.ReportDoc;
import org.dateline.understand.Entity;
import org.dateline.understand.EntityType;
import org.dateline.understand.Mention;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;
import org.junit.jupiter.api.Test;

/**
 * Names the understand stage keeps apart but that differ only in case or punctuation share a slug,
 * hence an IRI: the mapped entity has one label (its types add up), the other spellings are altLabels in
 * the report's graph, and the report conforms (two labels once made the shapes refuse it: MEANTIME's
 * "Apple Inc." / "Apple Inc", "Suvarnabhumi Airport" / "Suvarnabhumi airport", "MacBook" / "Macbook").
 */
class SharedSlugTest {

    private static final String BODY = "Apple Inc. said on Tuesday that Apple Inc would report its results in May.";

    @Test
    void namesWithOneSlugAreOneEntityWithOneLabel() {
        ReportDoc doc = TestReports.doc("apple.txt", 1, "Apple reports", BODY, "Cupertino", "Sahel Dispatch");
        Understanding understanding = new Understanding(
                List.of(new Entity("e1", EntityType.ORGANIZATION, "Apple Inc.", List.of()),
                        new Entity("e2", EntityType.PLACE, "Apple Inc", List.of())),
                List.of(new Mention(0, 10, "Apple Inc.", "e1"), new Mention(32, 41, "Apple Inc", "e2")),
                List.of(), List.of(), List.of());
        MappedReport mapped = TestReports.MAPPER.map(doc, understanding, ReportLinks.NONE);

        Resource entity = mapped.entities().getResource("http://example.org/entity/apple-inc");
        assertEquals(List.of("Apple Inc."), entity.listProperties(RDFS.label).mapWith(s -> s.getString()).toList());
        assertEquals(Set.of(Vocab.ORGANIZATION, Vocab.PLACE), entity.listProperties(RDF.type).mapWith(s -> s.getResource()).toSet(),
                "the types add up");
        Resource inReport = mapped.graph().getResource(entity.getURI());
        assertEquals(Set.of("Apple Inc"), new TreeSet<>(inReport.listProperties(Vocab.ALT_LABEL)
                .mapWith(s -> s.getString()).toList()), "the other spelling is kept with the report");
        assertTrue(mapped.graph().getResource(TestReports.IRIS.phrase(mapped.reportIri(), 0, 10))
                .hasProperty(Vocab.TA_CLASS_REF, Vocab.ORGANIZATION), "each mention keeps the class it was found as");
        assertTrue(mapped.graph().getResource(TestReports.IRIS.phrase(mapped.reportIri(), 32, 41))
                .hasProperty(Vocab.TA_CLASS_REF, Vocab.PLACE));

        ValidationOutcome outcome = ShapeValidator.bundled().validate(mapped);
        assertTrue(outcome.conforms(), outcome.problems().toString());
    }

    @Test
    void aDatelinePlaceAndAPublisherWithOneSlugAreOneEntity() {
        ReportDoc doc = TestReports.doc("bamako.txt", 1, "Radio suspended", BODY, "Bamako", "BAMAKO");
        MappedReport mapped = TestReports.MAPPER.map(doc);
        Resource entity = mapped.entities().getResource("http://example.org/entity/bamako");
        assertEquals(1, entity.listProperties(RDFS.label).toList().size());
        ValidationOutcome outcome = ShapeValidator.bundled().validate(mapped);
        assertTrue(outcome.conforms(), outcome.problems().toString());
    }

    /**
     * Two people the understand stage keeps apart but whose names share a slug are one node: their
     * roles of one title are one role node, which must still have one title and one roleOf.
     */
    @Test
    void rolesOfNamesWithOneSlugStayWellFormed() {
        String body = "Prime Minister Ali Zeine of Niger met ALI ZEINE, the minister of Mali, in Niamey.";
        ReportDoc doc = TestReports.doc("zeine.txt", 1, "Talks", body, "Niamey", "Sahel Dispatch");
        Understanding understanding = new Understanding(
                List.of(new Entity("p1", EntityType.PERSON, "Ali Zeine", List.of()),
                        new Entity("p2", EntityType.PERSON, "ALI ZEINE", List.of()),
                        new Entity("n", EntityType.COUNTRY, "Niger", List.of()),
                        new Entity("m", EntityType.COUNTRY, "Mali", List.of())),
                List.of(new Mention(15, 24, "Ali Zeine", "p1"), new Mention(28, 33, "Niger", "n"),
                        new Mention(38, 47, "ALI ZEINE", "p2"), new Mention(65, 69, "Mali", "m")),
                List.of(new org.dateline.understand.Role("p1", "minister", "n"),
                        new org.dateline.understand.Role("p2", "minister", "m")),
                List.of(), List.of());
        MappedReport mapped = TestReports.MAPPER.map(doc, understanding, ReportLinks.NONE);
        ValidationOutcome outcome = ShapeValidator.bundled().validate(mapped);
        assertTrue(outcome.conforms(), outcome.problems().toString());
        Resource person = mapped.graph().getResource("http://example.org/entity/ali-zeine");
        assertEquals(2, person.listProperties(Vocab.HAS_ROLE).toList().size(), "minister of Niger, minister of Mali");
    }
}
