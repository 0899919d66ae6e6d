package org.dateline.link;

import java.util.List;
import java.util.Locale;

/**
 * Reads a stated role ("Russian President", "president of Russia", "U.S. President") as a title and
 * a country, and compares it with the offices a person in the gazetteer holds.
 */
final class RoleMatcher {

    /** How a stated role compares with a person's offices. */
    enum Fit { MATCHES, CONTRADICTS, SAYS_NOTHING }

    private static final List<String> FILLER = List.of("of", "the", "s", "former", "then", "current",
            "acting", "interim", "transitional", "country", "s");

    private final Gazetteer gazetteer;

    RoleMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Fit fit(String role, GazetteerEntry person) {
        if (role == null || role.isBlank()) {
            return Fit.SAYS_NOTHING;
        }
        String key = NameKey.of(role);
        String[] words = key.split(" ");
        String country = null;
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            // The longest run of words from here that names a country ("united states", "russian").
            int end = -1;
            String found = null;
            for (int j = words.length; j > i; j--) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                for (Gazetteer.Hit hit : gazetteer.lookup(run)) {
                    if (hit.entry().type() == EntityType.COUNTRY) {
                        found = hit.entry().qid();
                        end = j;
                        break;
                    }
                }
                if (found != null) {
                    break;
                }
            }
            if (found != null) {
                country = found;
                i = end - 1;
            } else if (!FILLER.contains(words[i])) {
                title.append(title.length() == 0 ? "" : " ").append(words[i]);
            }
        }
        if (country != null && !country.equals(person.countryQid())) {
            return Fit.CONTRADICTS;
        }
        String wanted = title.toString().toLowerCase(Locale.ROOT);
        boolean titleMatches = !wanted.isEmpty()
                && person.positions().stream().anyMatch(p -> NameKey.of(p).contains(wanted));
        if (titleMatches) {
            return Fit.MATCHES;
        }
        // A country that agrees but a title that does not: "Niger's foreign minister" is not its president.
        return wanted.isEmpty() && country != null ? Fit.MATCHES : Fit.SAYS_NOTHING;
    }
}
