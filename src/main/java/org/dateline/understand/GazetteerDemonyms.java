package org.dateline.understand;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;

/**
 * The demonyms of every country the gazetteer holds ("Kenyan", "Ethiopians", "Brazilian"), from its
 * data, each to the country's name as the rules of this package prefer it ("United States", not
 * "United States of America"). A demonym two countries claim ("Congolese", "Dominican") names
 * neither. The hand list demonyms.tsv comes first; these fill in what it lacks.
 */
final class GazetteerDemonyms {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

    private GazetteerDemonyms() {
    }

    /**
     * @param preferred the preferred name of a country given one of its names; null when the lists
     *                  do not know the name
     */
    static Map<String, String> of(Gazetteer gazetteer, Function<String, String> preferred) {
        Map<String, String> demonyms = new HashMap<>();
        Set<String> claimedTwice = new HashSet<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            if (entry.type() != org.dateline.link.EntityType.COUNTRY || entry.demonyms().isEmpty()) {
                continue;
            }
            String country = preferredName(entry, preferred);
            for (String demonym : entry.demonyms()) {
                for (String form : forms(demonym)) {
                    String before = demonyms.putIfAbsent(form, country);
                    if (before != null && !before.equals(country)) {
                        claimedTwice.add(form);
                    }
                }
            }
        }
        claimedTwice.forEach(demonyms::remove);
        return demonyms;
    }

    /** The demonym and, for those that name people too, its plural: "Kenyan", "Kenyans"; "Israeli", "Israelis". */
    private static List<String> forms(String demonym) {
        String d = demonym.strip();
        if (!WORD.matcher(d).matches()) {
            return List.of();
        }
        return d.endsWith("an") || d.endsWith("i") ? List.of(d, d + "s") : List.of(d);
    }

    private static String preferredName(GazetteerEntry entry, Function<String, String> preferred) {
        String fromLabel = preferred.apply(entry.label());
        if (fromLabel != null) {
            return fromLabel;
        }
        for (String alias : entry.aliases()) {
            String fromAlias = preferred.apply(alias);
            if (fromAlias != null) {
                return fromAlias;
            }
        }
        return entry.label();
    }
}
