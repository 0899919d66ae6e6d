package org.dateline.understand;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.dateline.link.NameKey;

/**
 * The country a town stands for, from the gazetteer (only when every place of that name lies in one
 * country, and only when the report names that country: a report that never does may tell of a town as it
 * stood before today's borders, Juba in "Sudan", or name the country otherwise than the gazetteer does).
 * <ul>
 * <li>A town as the target of material conflict stands for its country: "Russia's attacks on Dnipro and
 * Kharkiv", "a curfew in Cizre". CAMEO's actor dictionaries hold no towns (a capital only as the government
 * seated there, see EventFinder.powerSeatedAt), and the PLOVER gold codes such a target by its country
 * (Tel Aviv: ISR, Cizre: TUR); an analyst asks which country was struck, and the town stays the event's
 * place. A town in the actor's own country stays the town ("Afghan rebels bombed Kabul"): the country would
 * be the actor itself, and the town is what the report tells was struck.</li>
 * <li>A body of state named by the town or region it serves ("Delhi Police", "Lagos State Police Command")
 * acts, as one named by its country does, for that country (PLOVER codes the police by their state), whether
 * or not the report names the country: a local report seldom names the country of its own police or courts
 * ("Special Cell of Delhi Police has arrested three persons" in a report that never says India), and a body of
 * state today serves the state its town lies in today.</li>
 * </ul>
 */
final class TownCountries {

    /** Categories of material conflict, whose target is what was struck, coerced, protested or sanctioned. */
    static final Set<String> CATEGORIES = Set.of("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION");

    private final Gazetteer gazetteer;
    private final WordLists lists;

    TownCountries(Gazetteer gazetteer, WordLists lists) {
        this.gazetteer = gazetteer;
        this.lists = lists;
    }

    /**
     * The country key for a target key that names a town, when the event is of material conflict and the
     * country is not the actor's; the target key unchanged otherwise.
     */
    String struck(String category, String targetKey, String actorKey, Reading reading) {
        if (targetKey == null || !CATEGORIES.contains(category) || !targetKey.startsWith(EntityType.PLACE + ":")) {
            return targetKey;
        }
        String place = targetKey.substring(targetKey.indexOf(':') + 1);
        if (lists.metonyms.containsKey(place)) {
            return targetKey; // "the Kremlin", "Washington": already an actor of their own
        }
        String country = countryOfTown(place);
        if (country == null) {
            return targetKey;
        }
        String key = Span.key(EntityType.COUNTRY, country);
        return !reading.namesInBody(key) || key.equals(actorKey) ? targetKey : key;
    }

    /**
     * "Delhi Police", "Lagos State Police Command": the country a state body's name gives by the town or
     * region it serves (a body of state named by its country, "Kenyan Police", is WordLists.countryWithin's);
     * null when none. The words that name the body's sector ("police", "command") are no town, whatever town
     * bears that name.
     */
    String countryWithinBody(String name) {
        String[] words = name.split("[\\s,]+");
        for (int length = Math.min(3, words.length); length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String phrase = String.join(" ", Arrays.copyOfRange(words, from, from + length));
                if (!Character.isUpperCase(phrase.charAt(0)) || lists.agents.containsKey(phrase.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String country = countryOfTown(phrase);
                if (country != null) {
                    return country;
                }
            }
        }
        return null;
    }

    /** The country key for a place key that names a town of one country ("Baghdad": Iraq); null otherwise. */
    String countryOf(String placeKey) {
        if (placeKey == null || !placeKey.startsWith(EntityType.PLACE + ":")) {
            return null;
        }
        String country = countryOfTown(placeKey.substring(placeKey.indexOf(':') + 1));
        return country == null ? null : Span.key(EntityType.COUNTRY, country);
    }

    /** The preferred name of the one country every place of this name lies in; null when none or several. */
    private String countryOfTown(String place) {
        String country = null;
        for (Gazetteer.Hit hit : gazetteer.lookup(NameKey.of(place))) {
            if (hit.kind() == Gazetteer.MatchKind.DEMONYM || hit.entry().type() != org.dateline.link.EntityType.PLACE) {
                continue;
            }
            String name = gazetteer.countryOf(hit.entry()).map(GazetteerEntry::label).map(lists::countryWithin).orElse(null);
            if (name == null || country != null && !country.equals(name)) {
                return null; // no country known, or places of that name in two countries
            }
            country = name;
        }
        return country;
    }
}
