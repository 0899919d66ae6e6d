package org.dateline.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author lines: "By Jane Doe", "By JANE DOE and JOHN ROE", "Jane Doe | Reuters". */
final class Byline {

    private static final Pattern BY = Pattern.compile("(?:By|BY|by)[:\\s]\\s*(.+)");
    private static final Pattern NAME_BAR_AGENCY = Pattern.compile("(.+?)\\s*[|]\\s*(.+)");
    // "By Jane Doe, Reuters" / "By Jane Doe | AFP": the agency after the names is not an author.
    private static final Pattern TRAILING_AGENCY = Pattern.compile("(.+?)\\s*[,|–—-]\\s*(.+)");
    private static final Set<String> JOINERS = Set.of("and", "&", "de", "van", "von", "der", "den", "da", "di",
            "du", "la", "le", "al", "el", "bin", "ibn", "y");

    private Byline() {
    }

    /** The author names in the line, or null when the line is not a byline. */
    static String parse(String line, AgencyDirectory agencies) {
        String s = line.strip();
        Matcher by = BY.matcher(s);
        if (by.matches()) {
            String names = by.group(1).strip();
            Matcher tail = TRAILING_AGENCY.matcher(names);
            if (tail.matches() && agencies.isAgency(tail.group(2))) {
                names = tail.group(1);
            }
            return isNames(names) ? tidy(names) : null;
        }
        Matcher bar = NAME_BAR_AGENCY.matcher(s);
        if (bar.matches() && agencies.isAgency(bar.group(2)) && isNames(bar.group(1))
                && bar.group(1).split("\\s+").length >= 2) {
            return tidy(bar.group(1));
        }
        return null;
    }

    private static boolean isNames(String names) {
        String[] words = names.split("\\s+");
        if (words.length == 0 || words.length > 12 || names.length() > 120) {
            return false;
        }
        if (!Character.isUpperCase(names.codePointAt(0))) {
            return false;
        }
        // A sentence ends with a full stop; a name ends with a word (or an initial: "J.").
        String last = words[words.length - 1];
        if (last.matches(".*[!?:;,]") || last.endsWith(".") && last.length() > 2) {
            return false;
        }
        for (String word : words) {
            String w = word.replaceAll("[,]$", "");
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (w.matches(".*\\d.*")) {
                return false;
            }
        }
        return true;
    }

    /** Names set in capitals ("JANE DOE") are title-cased; others are kept as written. */
    private static String tidy(String names) {
        StringBuilder out = new StringBuilder();
        for (String word : names.split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(word.toLowerCase(Locale.ROOT));
            } else {
                out.append(word.matches("[\\p{Lu}'’-]{2,}[,]?") ? DatelineParser.titleCase(word) : word);
            }
        }
        return out.toString();
    }
}
