package org.dateline.link;

import java.math.BigDecimal;

/**
 * A mention linked to a Wikidata item.
 *
 * @param qid        the item, "Q1032"
 * @param label      the item's preferred label, which becomes the entity's rdfs:label
 * @param type       the kind of thing the item is (may differ from the mention's type: "Washington"
 *                   as a metonym links to the country)
 * @param confidence how sure the linker is, 0..1, two decimals (written as dl:linkConfidence)
 * @param source     where the item came from: "gazetteer" or the SPARQL endpoint's URL
 */
public record Link(String qid, String label, EntityType type, BigDecimal confidence, String source) {

    public Link {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }
}
