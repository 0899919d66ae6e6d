package org.dateline.link;

import java.util.List;

/**
 * One Wikidata item the offline linker knows.
 *
 * @param qid        the Wikidata item id, "Q1032"
 * @param type       what kind of thing it is
 * @param label      its preferred English name, written as the entity's rdfs:label
 * @param aliases    other names, abbreviations and acronyms ("U.S.", "ECOWAS")
 * @param demonyms   adjectives and nationality nouns that refer to a country ("Nigerien")
 * @param countryQid the country it lies in or serves (places, people); null when none or itself
 * @param prior      how often it is likely meant, all else equal: population for places, the
 *                   population of its towns in the gazetteer for countries, 2 for a
 *                   current office holder and 1 for a former one, 0 when unknown
 * @param positions  for people: the offices held ("President of Russia"); for a place,
 *                   {@value #NATIONAL_CAPITAL} when it is its country's seat of government
 */
public record GazetteerEntry(String qid, EntityType type, String label, List<String> aliases,
        List<String> demonyms, String countryQid, long prior, List<String> positions) {

    public static final String NATIONAL_CAPITAL = "national capital";
    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");

    public GazetteerEntry {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("no label for " + qid);
        }
        if (prior < 0) {
            // A weight of a negative population would make every confidence it enters NaN.
            throw new IllegalArgumentException("the prior of " + qid + " must not be negative: " + prior);
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        positions = List.copyOf(positions);
        countryQid = countryQid == null || countryQid.isBlank() ? null : countryQid;
    }

    public boolean isNationalCapital() {
        return type == EntityType.PLACE && positions.contains(NATIONAL_CAPITAL);
    }
}
