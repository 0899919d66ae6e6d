package org.dateline.link;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The lookup key of a name: what is left when the spelling differences that never change what a
 * name refers to are taken out. Case, diacritics, a possessive ("Niger's", "United States'"), a
 * leading "the", and punctuation: "U.S.", "US" and "U.S.A." become "us", "us" and "usa";
 * "St. Petersburg" becomes "st petersburg".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        String text = stripPossessive(name.strip());
        if (!isAscii(text)) {
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        }
        // One pass, written out because it runs for every name at start-up and every mention.
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int run = 0; // letters since the last non-letter: a "." after a single letter is an initial
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(Character.toLowerCase(c));
                run = Character.isLetter(c) ? run + 1 : 0;
            } else {
                if (!(c == '.' && run == 1)) {
                    pendingSpace = true;
                }
                run = 0;
            }
        }
        String result = key.toString();
        return result.startsWith("the ") ? result.substring(4) : result;
    }

    /** True when the name, as written, is an acronym ("US", "U.S.", "ECOWAS"): letters all capitals. */
    public static boolean isAcronym(String name) {
        String letters = LEADING_THE.matcher(name.strip()).replaceFirst("").replace(".", "");
        if (letters.length() < 2 || letters.length() > 7) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the written name starts with "the" ("the Netherlands", "The Post"). */
    public static boolean hasLeadingThe(String name) {
        return name.strip().regionMatches(true, 0, "the ", 0, 4);
    }

    /** True when the written name ends in a possessive ("Niger's", "United States'"). */
    public static boolean isPossessive(String name) {
        String text = name.strip();
        return !stripPossessive(text).equals(text);
    }

    private static String stripPossessive(String text) {
        int n = text.length();
        if (n > 2 && (text.endsWith("'s") || text.endsWith("’s") || text.endsWith("'S") || text.endsWith("’S"))) {
            return text.substring(0, n - 2);
        }
        if (n > 2 && (text.endsWith("s'") || text.endsWith("s’"))) {
            return text.substring(0, n - 1);
        }
        return text;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
