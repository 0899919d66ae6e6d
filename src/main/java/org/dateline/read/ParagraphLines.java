package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines of one block (lines with no blank line between them) into paragraphs. Scraped
 * text puts one paragraph on each line, hand-written and machine-translated text wraps a paragraph
 * over several lines: a line that ends a sentence and is followed by one that opens a new one ends
 * a paragraph, and so does a short line such as a subheading; a line broken in mid-sentence is
 * joined to the next.
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

    private ParagraphLines() {
    }

    static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (previous != null && !continues(previous, line)) {
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

    /** True when the next line goes on with the paragraph of the previous one. */
    private static boolean continues(String previous, String next) {
        if (OPENS_LOWER.matcher(next).matches()) {
            return true;
        }
        if (ENDS_SENTENCE.matcher(previous).matches()) {
            return false;
        }
        return previous.strip().length() >= WRAPPED_LINE_LENGTH || BROKEN_OFF.matcher(previous).matches();
    }

    private static void add(List<String> paragraphs, StringBuilder text) {
        String paragraph = SourceText.collapseSpaces(text.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }
}
