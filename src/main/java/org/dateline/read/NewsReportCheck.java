package org.dateline.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether text is a news report at all, so that a CSV export, a source file, a table of
 * figures, a recipe or a shopping list dropped into the input folder is refused with a reason
 * instead of becoming a "report" with a nonsense headline. Every check is a count over lines, in
 * time proportional to the text.
 */
final class NewsReportCheck {

    /**
     * Fewer words of prose than this is a note or a fragment, not a report. News briefs of two or
     * three sentences run to 30 words and are reports.
     */
    static final int MIN_PROSE_WORDS = 25;

    private static final Pattern CODE_LINE = Pattern.compile(
            ".*[;{}]\\s*$|\\s*(?:import|package|public|private|protected|class|def|function|return|#include|using|var|let|const)\\b.*"
                    + "|\\s*(?://|/\\*|\\*/).*"
                    // Python and shell blocks: "for i in range(3):", "elif x:", "fi", "done"
                    + "|\\s*(?:if|elif|else|for|while|try|except|finally|with|switch|case)\\b[^.!?]*:\\s*$|\\s*(?:fi|done|esac|end)\\s*$"
                    // Statements: "x = f(2)", "total += n", "print(x)", "obj.run()"
                    + "|\\s*[A-Za-z_][\\w.]*(?:\\[[^\\]]*\\])?\\s*(?:[-+*/%]?=|:=)(?!=)\\s*\\S.*"
                    + "|\\s*[A-Za-z_][\\w.]*\\([^()]*\\)\\s*$"
                    // Markup and prompts: "<div class=...>", "</table>", "$ make", ">>> x"
                    + "|\\s*</?[A-Za-z][\\w:-]*(?:\\s[^>]*)?/?>.*|\\s*(?:\\$|>>>|#!)\\s.*");
    /** A cell of a table of numbers: 12, -3.5, 1,200, 45%, $30, 2024-05-14, 12:30, 3/4. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?[$€£]?\\d[\\d.,:/%-]*%?");
    /** Columns set apart by runs of spaces (or tabs), as in a fixed-width table. */
    private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}|\\t+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    // Sentence ends: . ! or ? (maybe before a closing quote or bracket) and then a space.
    /** An unfinished sentence counts as prose from this many words on. */
    private static final int UNFINISHED_SENTENCE_WORDS = 20;
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
        table = numbersReason(lines);
        if (table != null) {
            return table;
        }
        List<String> rawLines = text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
        table = alignedColumnsReason(rawLines);
        if (table != null) {
            return table;
        }
        return RecipeSigns.standard().reason(lines);
    }

    /**
     * Rows that are mostly numbers: at least four lines, three in five of them with two numbers or
     * more and more numbers than words. A report quotes figures in sentences; a table lists them.
     */
    private static String numbersReason(List<String> lines) {
        if (lines.size() < 4) {
            return null;
        }
        int numeric = 0;
        for (String line : lines) {
            int numbers = 0;
            int cells = 0;
            for (String cell : line.split("[\\s|,;]+")) {
                if (cell.isEmpty()) {
                    continue;
                }
                cells++;
                if (NUMBER.matcher(cell).matches()) {
                    numbers++;
                }
            }
            if (numbers >= 2 && numbers * 2 > cells) {
                numeric++;
            }
        }
        return numeric * 5 >= lines.size() * 3
                ? "looks like a table of numbers (" + numeric + " of " + lines.size() + " lines), not prose" : null;
    }

    /**
     * Columns aligned by spaces: in four lines out of five or more, a cell starts at the same
     * position after a run of two spaces or a tab. Prose with two spaces after its full stops
     * has them at a different place on every line.
     */
    private static String alignedColumnsReason(List<String> lines) {
        if (lines.size() < 4) {
            return null;
        }
        Map<Integer, Integer> columnStarts = new HashMap<>();
        for (String line : lines) {
            Matcher gap = COLUMN_GAP.matcher(line);
            java.util.Set<Integer> starts = new java.util.HashSet<>();
            while (gap.find()) {
                if (gap.start() > 0 && gap.end() < line.length()) {
                    starts.add(gap.end());
                }
            }
            starts.forEach(start -> columnStarts.merge(start, 1, Integer::sum));
        }
        int best = columnStarts.values().stream().max(Integer::compare).orElse(0);
        return best * 10 >= lines.size() * 8 ? "looks like a table (columns aligned by spaces), not prose" : null;
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

    /**
     * A sentence a page cut before its full stop ("Police in Haiti are clashing with gunmen trying to
     * take over … that is not controlled by gangs"): long, opening with a capital, made of words most
     * of which are in lower case, as prose is and lists, tables and code are not.
     */
    private static boolean isUnfinishedSentence(String paragraph) {
        String[] tokens = paragraph.strip().split("\\s+");
        if (tokens.length < UNFINISHED_SENTENCE_WORDS || !Character.isUpperCase(paragraph.strip().codePointAt(0))) {
            return false;
        }
        int words = 0;
        int lower = 0;
        for (String token : tokens) {
            if (token.matches("[\\p{L}][\\p{L}'’-]*[,;]?")) {
                words++;
                lower += Character.isLowerCase(token.codePointAt(0)) ? 1 : 0;
            }
        }
        return words >= 0.8 * tokens.length && lower >= 0.5 * tokens.length;
    }

    /**
     * Why the body paragraphs are not a report's prose; null when they are. A page's list items are
     * paragraphs of their own, so a recipe shows here as it does in lines of text.
     */
    static String proseReason(List<String> paragraphs) {
        String recipe = RecipeSigns.standard().reason(paragraphs);
        if (recipe != null) {
            return recipe;
        }
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
            if (found == 0 && isUnfinishedSentence(paragraph)) {
                found = 1; // a teaser cut before its full stop is still a report's prose
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
