package org.dateline.understand;

import java.util.List;
import java.util.Set;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.dateline.link.NameKey;

/**
 * A town as the target of material conflict stands for its country: "Russia's attacks on Dnipro and
 * Kharkiv", "a suicide bombing in Tel Aviv", "a curfew in Cizre". CAMEO's actor dictionaries hold no
 * towns (a capital only as the government seated there), and the PLOVER gold codes such a target by its
 * country (Tel Aviv: ISR, Cizre: TUR); an analyst asks which country was struck, and the town stays the
 * event's place. As for a capital (EventFinder.powerSeatedAt), only when the report names that country: a
 * report that never does may tell of a town as it stood before today's borders (Juba in "Sudan"), or name the
 * country otherwise than the gazetteer does. A town in the actor's own country stays the town ("Afghan rebels bombed Kabul"): the
 * country would be the actor itself, and the town is what the report tells was struck. The country
 * comes from the gazetteer, only when every place of that name lies in one country.
 */
final class StruckPlaces {

    /** Categories of material conflict, whose target is what was struck, coerced, protested or sanctioned. */
    static final Set<String> CATEGORIES = Set.of("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION");

    private final Gazetteer gazetteer;
    private final WordLists lists;

    StruckPlaces(Gazetteer gazetteer, WordLists lists) {
        this.gazetteer = gazetteer;
        this.lists = lists;
    }

    /**
     * The country key for a target key that names a town, when the event is of material conflict and the
     * country is not the actor's; the target key unchanged otherwise.
     */
    String countryOf(String category, String targetKey, String actorKey, Reading reading) {
        if (targetKey == null || !CATEGORIES.contains(category) || !targetKey.startsWith(EntityType.PLACE + ":")) {
            return targetKey;
        }
        String place = targetKey.substring(targetKey.indexOf(':') + 1);
        if (lists.metonyms.containsKey(place)) {
            return targetKey; // "the Kremlin", "Washington": already an actor of their own
        }
        String country = null;
        List<Gazetteer.Hit> hits = gazetteer.lookup(NameKey.of(place));
        for (Gazetteer.Hit hit : hits) {
            if (hit.kind() == Gazetteer.MatchKind.DEMONYM || hit.entry().type() != org.dateline.link.EntityType.PLACE) {
                continue;
            }
            String name = gazetteer.countryOf(hit.entry()).map(GazetteerEntry::label).map(lists::countryWithin).orElse(null);
            if (name == null || country != null && !country.equals(name)) {
                return targetKey; // no country known, or places of that name in two countries
            }
            country = name;
        }
        if (country == null) {
            return targetKey;
        }
        String key = Span.key(EntityType.COUNTRY, country);
        boolean named = reading.spans.stream().anyMatch(s -> key.equals(s.key) && s.end <= reading.bodyEnd);
        return !named || key.equals(actorKey) ? targetKey : key;
    }
}
