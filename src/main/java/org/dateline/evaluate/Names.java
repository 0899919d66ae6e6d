package org.dateline.evaluate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether one of our names for an entity is the gold's name for it: the same words (case, accents,
 * punctuation and a qualifier in brackets aside), or the one ending with the other's words
 * ("Angers" and "Sandy Angers").
 */
final class Names {

    private Names() {
    }

    static boolean same(List<String> ours, String gold) {
        String[] g = words(gold);
        if (g.length == 0) {
            return false;
        }
        for (String name : ours) {
            String[] o = words(name);
            if (o.length > 0 && (endsWith(g, o) || endsWith(o, g))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(String[] longer, String[] shorter) {
        return shorter.length <= longer.length
                && Arrays.equals(Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length), shorter);
    }

    static String[] words(String name) {
        String plain = Normalizer.normalize(name.replaceAll("\\([^)]*\\)", " "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? new String[0]
                : plain.replaceFirst("^the ", "").replaceFirst(" (jr|sr|ii|iii|iv)$", "").split(" ");
    }
}
