package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    private static final List<RdfVariant> ALL = Arrays.asList(RdfVariant.values());

    private static RdfVariant choose(String accept) {
        return ContentNegotiation.choose(accept, ALL);
    }

    @Test
    void browsersGetHtml() {
        assertEquals(RdfVariant.HTML, choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals(RdfVariant.HTML, choose(null));
        assertEquals(RdfVariant.HTML, choose("*/*"));
    }

    @Test
    void rdfClientsGetTheirSyntaxByQuality() {
        assertEquals(RdfVariant.TURTLE, choose("text/turtle"));
        assertEquals(RdfVariant.JSONLD, choose("application/ld+json, text/turtle;q=0.5"));
        assertEquals(RdfVariant.TURTLE, choose("application/ld+json;q=0.4, text/turtle;q=0.5, */*;q=0.1"));
        assertEquals(RdfVariant.NTRIPLES, choose("application/n-triples"));
        assertEquals(RdfVariant.RDFXML, choose("application/rdf+xml;q=0.9, text/html;q=0.1"));
        assertEquals(RdfVariant.TRIG, choose("application/trig"));
        assertEquals(RdfVariant.JSONLD, choose("application/json"));
    }

    @Test
    void explicitTypesBeatWildcardsAtEqualQualityAndQZeroExcludes() {
        assertEquals(RdfVariant.TURTLE, choose("*/*, text/turtle"));
        assertEquals(RdfVariant.TURTLE, choose("text/*, text/html;q=0"));
        assertNull(choose("image/png"));
        assertNull(choose("text/turtle;q=0"));
    }
}
