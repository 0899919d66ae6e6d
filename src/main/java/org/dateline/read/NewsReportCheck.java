package org.dateline.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether text is a news report at all, so that a CSV export, a source file or a
 * shopping list dropped into the input folder is refused with a reason instead of becoming a
 * "report" with a nonsense headline.
 */
final class NewsReportCheck {

    /**
     * Fewer words of prose than this is a note or a fragment, not a report. News briefs of two or
     * three sentences run to 30 words and are reports.
     */
    static final int MIN_PROSE_WORDS = 25;

    private static final Pattern CODE_LINE = Pattern.compile(
            ".*[;{}]\\s*$|\\s*(?:import|package|public|private|protected|class|def|function|return|#include|using|var|let|const)\\b.*"
                    + "|\\s*(?://|/\\*|\\*/).*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    // Sentence ends: . ! or ? (maybe before a closing quote or bracket) and then a space.
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’')]?)\\s+");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"”’')]?$", Pattern.DOTALL);

    private NewsReportCheck() {
    }

    /** Why the whole text is not prose (a table, code); null when it may be. */
    static String structuralReason(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return "no text";
        }
        long code = lines.stream().filter(l -> CODE_LINE.matcher(l).matches()).count();
        if (lines.size() >= 3 && code * 10 >= lines.size() * 4) {
            return "looks like source code, not prose";
        }
        String table = tableReason(lines);
        if (table != null) {
            return table;
        }
        return null;
    }

    private static String tableReason(List<String> lines) {
        if (lines.size() < 3) {
            return null;
        }
        for (char delimiter : new char[] {',', '\t', ';', '|'}) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (String line : lines) {
                int n = (int) line.chars().filter(c -> c == delimiter).count();
                counts.merge(n, 1, Integer::sum);
            }
            var mode = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            // Most lines cut into the same number of short cells: rows of a table. Prose has
            // commas too, but not the same number on nearly every line, nor short cells.
            if (mode.getKey() >= 1 && mode.getValue() * 10 >= lines.size() * 8) {
                double cellLength = lines.stream().mapToDouble(l -> (double) l.length() / (mode.getKey() + 1))
                        .average().orElse(0);
                if (cellLength < 40) {
                    return "looks like a table (" + (delimiter == '\t' ? "tab" : "'" + delimiter + "'")
                            + "-separated rows), not prose";
                }
            }
        }
        return null;
    }

    /** Why the body paragraphs are not a report's prose; null when they are. */
    static String proseReason(List<String> paragraphs) {
        int proseWords = 0;
        int sentences = 0;
        for (String paragraph : paragraphs) {
            int found = 0;
            for (String piece : SENTENCE_END.split(paragraph)) {
                // A sentence has at least four words and ends like one.
                if (countWords(piece) >= 4 && ENDS_SENTENCE.matcher(piece).matches()) {
                    found++;
                }
            }
            if (found > 0) {
                sentences += found;
                proseWords += countWords(paragraph);
            }
        }
        if (sentences == 0) {
            return "no sentences";
        }
        if (proseWords < MIN_PROSE_WORDS) {
            return "fewer than " + MIN_PROSE_WORDS + " words of prose (" + proseWords + ")";
        }
        return null;
    }

    static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
