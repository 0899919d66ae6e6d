package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of one block (lines with no blank line between them) into paragraphs. Scraped
 * text puts one paragraph on each line, hand-written and machine-translated text wraps a paragraph
 * over several lines: a line that ends a sentence and is followed by one that opens a new one ends
 * a paragraph, and so does a short line such as a subheading; a line broken in mid-sentence is
 * joined to the next. A long line with no final stop is a line of its own (a headline, a caption,
 * a paragraph whose stop was lost) when the next line opens a sentence, with a capital or a
 * quotation mark, and nothing ties the two together: joined, the headline would be read as the
 * subject of the next sentence. A hard wrap breaks in mid-sentence, mostly before a lower-case
 * word, after a comma or a function word, or inside a name or a number, and stays joined.
 */
final class ParagraphLines {

    /** A line shorter than this that does not end a sentence is a heading, not a wrapped line. */
    private static final int WRAPPED_LINE_LENGTH = 50;

    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:][\"”’')\\]]*\\s*$");
    /** A line ending in a comma or a word no sentence ends with broke off in mid-sentence. */
    private static final Pattern BROKEN_OFF = Pattern.compile(
            ".*(?:,|\\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|that|as|its|their|his|her))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENS_LOWER = Pattern.compile("\\s*[\\p{Ll}(,;].*");
    /** A capital letter or an opening quotation mark: how a sentence or a heading begins. */
    private static final Pattern OPENS_SENTENCE = Pattern.compile("\\s*[\"“‘']?\\p{Lu}.*");
    /** The last word of a line: a capitalised one may be the first half of a name broken over two lines. */
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    /** Words that may stay lower-case in a title-cased headline. */
    private static final Pattern MINOR_WORD = Pattern.compile(
            "(?i)a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|as|vs\\.?|via|into|over|amid|after|per");

    private ParagraphLines() {
    }

    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean wrapped = hardWrapped(lines);
        String previous = null;
        for (String line : lines) {
            if (previous != null && !continues(previous, line, wrapped)) {
                add(paragraphs, current);
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
            previous = line;
        }
        add(paragraphs, current);
        return paragraphs;
    }

    /**
     * True when some line of the block runs on into a lower-case word: the block is wrapped at a
     * width, not one paragraph a line, and its breaks before a capital fall inside sentences too.
     */
    private static boolean hardWrapped(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (OPENS_LOWER.matcher(lines.get(i)).matches() && !ENDS_SENTENCE.matcher(lines.get(i - 1)).matches()
                    && lines.get(i - 1).strip().length() >= WRAPPED_LINE_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /** True when the next line goes on with the paragraph of the previous one (in a hard-wrapped block or not). */
    private static boolean continues(String previous, String next, boolean wrapped) {
        if (OPENS_LOWER.matcher(next).matches()) {
            return true;
        }
        if (ENDS_SENTENCE.matcher(previous).matches()) {
            return false;
        }
        if (BROKEN_OFF.matcher(previous).matches()) {
            return true;
        }
        if (previous.strip().length() < WRAPPED_LINE_LENGTH) {
            return false;
        }
        // Only a headline's case marks a line of its own in a hard-wrapped block.
        return !(OPENS_SENTENCE.matcher(next).matches()
                && (titleCased(previous) || !wrapped && !endsCapitalised(previous)));
    }

    /**
     * True when the line ends in a capitalised word or a number, which the next line may go on with
     * ("... said Prime Minister" / "Narendra Modi ...", "... on December" / "15 ...").
     */
    private static boolean endsCapitalised(String line) {
        Matcher last = LAST_WORD.matcher(line);
        return last.find() && !last.group(1).isEmpty() && !Character.isLowerCase(last.group(1).codePointAt(0));
    }

    /** True when every word of the line but the minor ones opens with a capital: a headline's case. */
    static boolean titleCased(String line) {
        int words = 0;
        for (String word : line.strip().split("[\\s\\u00a0]+")) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty() || MINOR_WORD.matcher(bare).matches()) {
                continue;
            }
            if (Character.isLowerCase(bare.codePointAt(0))) {
                return false;
            }
            words++;
        }
        return words >= 3;
    }

    private static void add(List<String> paragraphs, StringBuilder text) {
        String paragraph = SourceText.collapseSpaces(text.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
