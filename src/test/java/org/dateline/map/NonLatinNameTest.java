package org.dateline.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Resource;
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
 * A name with no Latin letters (a person named in Arabic or Chinese script, as reports quoting the
 * original spelling do) once made the slug throw, which cost the user the report. It now gets a
 * stable slug: a short hash of the name, after its Latin part when it has one.
 */
class NonLatinNameTest {

    private static final String ARABIC = "محمد الأمين";
    private static final String CHINESE = "王建国";
    private static final String BODY = "The envoy " + ARABIC + " met the trade official " + CHINESE
            + " in Nouakchott on Tuesday to discuss a fishing agreement.";

    @Test
    void aReportNamingPeopleInOtherScriptsIsMappedAndConforms() {
        ReportDoc doc = TestReports.doc("envoy.txt", 1, "Envoy meets trade official", BODY, "Nouakchott", "Sahel Dispatch");
        int arabic = BODY.indexOf(ARABIC);
        int chinese = BODY.indexOf(CHINESE);
        Understanding understanding = new Understanding(
                List.of(new Entity("p1", EntityType.PERSON, ARABIC, List.of()),
                        new Entity("p2", EntityType.PERSON, CHINESE, List.of())),
                List.of(new Mention(cp(arabic), cp(arabic) + ARABIC.codePointCount(0, ARABIC.length()), ARABIC, "p1"),
                        new Mention(cp(chinese), cp(chinese) + CHINESE.length(), CHINESE, "p2")),
                List.of(), List.of(), List.of());
        MappedReport mapped = TestReports.MAPPER.map(doc, understanding, ReportLinks.NONE);

        ValidationOutcome outcome = ShapeValidator.bundled().validate(mapped);
        assertTrue(outcome.conforms(), outcome.problems().toString());
        Resource arabicPerson = mapped.entities().getResource(TestReports.IRIS.entity(ARABIC));
        Resource chinesePerson = mapped.entities().getResource(TestReports.IRIS.entity(CHINESE));
        assertEquals(List.of(ARABIC), arabicPerson.listProperties(RDFS.label).mapWith(s -> s.getString()).toList(),
                "the name is kept as written");
        assertEquals(List.of(CHINESE), chinesePerson.listProperties(RDFS.label).mapWith(s -> s.getString()).toList());
    }

    @Test
    void slugsOfNamesInOtherScriptsAreStableAndDistinct() {
        String arabic = IriScheme.slug(ARABIC);
        assertTrue(arabic.matches("n-[0-9a-f]{10}"), arabic);
        assertEquals(arabic, IriScheme.slug(ARABIC), "the same name, the same slug");
        assertEquals(arabic, IriScheme.slug(" " + ARABIC + "."), "punctuation and spaces aside");
        assertNotEquals(arabic, IriScheme.slug(CHINESE));
        assertNotEquals(IriScheme.slug("习近平"), IriScheme.slug(CHINESE));
        assertEquals(IriScheme.slug(arabic), arabic, "a slug is its own slug");
    }

    @Test
    void aNameMixingScriptsKeepsItsLatinPart() {
        String slug = IriScheme.slug("Ahmed " + ARABIC);
        assertTrue(slug.matches("ahmed-n-[0-9a-f]{10}"), slug);
        assertNotEquals(slug, IriScheme.slug("Ahmed"), "not the same person as plain Ahmed");
        assertEquals("segou", IriScheme.slug("Ségou"), "accented Latin letters are still spelt out");
        assertEquals("u-s", IriScheme.slug("U.S."));
    }

    @Test
    void aNameOfPunctuationAloneStillGetsASlug() {
        assertTrue(IriScheme.slug("…").matches("n-[0-9a-f]{10}"));
    }

    /** The code point offset of a char offset in the body (mentions count code points). */
    private static int cp(int charOffset) {
        return BODY.codePointCount(0, charOffset);
    }
}
