package org.dateline.link;

import java.util.Map;

/**
 * What the link stage hands the map stage for one report: the Wikidata item of each name the
 * report's metadata gives and of each entity understood in its text, or null where it linked
 * nothing (the map stage then mints a slug IRI).
 *
 * @param publisher     the publisher's item
 * @param datelinePlace the dateline place's item
 * @param agency        the dateline agency's item
 * @param entities      the items of the understood entities, by their keys (see understand.Entity)
 * @param knownNames    for unlinked people that another report already named a little differently
 *                      (see {@link KnownPeople}), the name of that node, by entity key
 */
public record ReportLinks(Link publisher, Link datelinePlace, Link agency, Map<String, Link> entities,
        Map<String, String> knownNames) {

    /** Nothing linked: every entity keeps its slug IRI. */
    public static final ReportLinks NONE = new ReportLinks(null, null, null, Map.of(), Map.of());

    public ReportLinks {
        entities = Map.copyOf(entities);
        knownNames = Map.copyOf(knownNames);
    }

    /** The name of the existing node an unlinked person is; null when there is none. */
    public String knownName(String key) {
        return knownNames.get(key);
    }

    /** The item of the understood entity with this key; null when it was not linked. */
    public Link entity(String key) {
        return entities.get(key);
    }
}
