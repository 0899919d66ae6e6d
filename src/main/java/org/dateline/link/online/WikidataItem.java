package org.dateline.link.online;

import java.util.Set;

import org.dateline.link.EntityType;

/**
 * An item a SPARQL endpoint in the Wikidata Query Service's shape answered for a name.
 *
 * @param qid     "Q42"
 * @param label   its English rdfs:label
 * @param byLabel true when the name is its label, false when only an skos:altLabel
 * @param types   the kinds of thing its wdt:P31 classes say it is (empty when none is known)
 */
public record WikidataItem(String qid, String label, boolean byLabel, Set<EntityType> types) {

    public WikidataItem {
        types = Set.copyOf(types);
    }
}
