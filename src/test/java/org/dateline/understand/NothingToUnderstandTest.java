package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A sentence that names no one, quotes no one and dates nothing yields none of these. */
class NothingToUnderstandTest {

    @Test
    void aPlainSentenceYieldsNoEntitiesRolesQuotationsOrTimes() {
        Understood report = Understood.body("The weather was mild and the markets were busy, and he said little about it.");
        for (String type : List.of("Person", "Organization", "Country", "Place")) {
            assertEquals(Set.of(), report.entities(type), type);
        }
        assertEquals(Set.of(), report.roles());
        assertEquals(List.of(), report.quotations("DirectQuote"));
        assertEquals(Set.of(), report.times());
        assertEquals(0, report.union.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                report.union.createResource("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase")).toList().size(),
                "no mentions: “he” has no one to refer to");
        report.assertAnchoredAndValid();
    }
}
