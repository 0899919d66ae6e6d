package org.dateline.link;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a name: what is left when the spelling differences that never change what a
 * name refers to are taken out. Case, diacritics, a possessive ("Niger's", "United States'"), a
 * leading "the", and punctuation: "U.S.", "US" and "U.S.A." become "us", "us" and "usa".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$");
    private static final Pattern DOTTED = Pattern.compile("(?<=\\b\\p{L})\\.");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    public static String of(String name) {
        String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        text = MARKS.matcher(text).replaceAll("");
        text = POSSESSIVE.matcher(text).replaceAll("");
        // "U.S." -> "US" before other punctuation turns into spaces, so that it matches "US".
        text = DOTTED.matcher(text).replaceAll("");
        text = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        return text;
    }

    /** True when the name, as written, is an acronym ("US", "U.S.", "ECOWAS"): letters all capitals. */
    public static boolean isAcronym(String name) {
        String letters = name.strip().replaceFirst("^(?i:the)\\s+", "").replace(".", "");
        return letters.length() >= 2 && letters.length() <= 7 && letters.chars().allMatch(Character::isUpperCase);
    }

    /** True when the written name starts with "the" ("the Netherlands", "The Post"). */
    public static boolean hasLeadingThe(String name) {
        return name.strip().toLowerCase(Locale.ROOT).startsWith("the ");
    }

    /** True when the written name ends in a possessive ("Niger's", "United States'"). */
    public static boolean isPossessive(String name) {
        return POSSESSIVE.matcher(name.strip()).find();
    }
}
