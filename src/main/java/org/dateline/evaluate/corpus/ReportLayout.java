package org.dateline.evaluate.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a corpus document's tokens lie in the plain text report it is rendered as
 * ({@link CorpusDocument#reportText()}): the text, the range of each body paragraph, and the range of
 * each body token by the corpus's own key for it (MEANTIME's {@code t_id}, GUM's position in the
 * document). Annotations anchored to tokens become character ranges of the text through it.
 *
 * @param text       the report text
 * @param paragraphs the body paragraphs' ranges in the text, in order
 * @param tokens     each body token's range, by its key; tokens of the title and the date line are not in it
 */
public record ReportLayout(String text, List<Range> paragraphs, Map<Integer, Range> tokens) {

    /** A range of characters (UTF-16 indices) of the text: begin inclusive, end exclusive. */
    public record Range(int begin, int end) {

        public Range {
            if (begin < 0 || end < begin) {
                throw new IllegalArgumentException("not a range: " + begin + ".." + end);
            }
        }

        public boolean overlaps(Range other) {
            return begin < other.end && other.begin < end;
        }

        public boolean contains(Range other) {
            return begin <= other.begin && other.end <= end;
        }
    }

    public ReportLayout {
        paragraphs = List.copyOf(paragraphs);
        tokens = Map.copyOf(tokens);
    }

    /** The range from the first to the last of these tokens; null when none of them is in the body. */
    public Range span(List<Integer> tokenKeys) {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        for (int key : tokenKeys) {
            Range r = tokens.get(key);
            if (r != null) {
                begin = Math.min(begin, r.begin);
                end = Math.max(end, r.end);
            }
        }
        return end < 0 ? null : new Range(begin, end);
    }

    /** The text of a range. */
    public String text(Range range) {
        return text.substring(range.begin, range.end);
    }

    /** Builds the layout as {@link CorpusDocument#reportText()} builds the text: blocks separated by a blank line. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Range> paragraphs = new ArrayList<>();
        private final Map<Integer, Range> tokens = new HashMap<>();

        /** The title or the date line: text that is not part of the body. */
        Builder heading(String line) {
            separate();
            text.append(line);
            return this;
        }

        /** A body paragraph: its tokens joined, each token's range kept under its key. */
        Builder paragraph(List<Detokenizer.Token> words, List<Integer> keys) {
            separate();
            Detokenizer.Joined joined = Detokenizer.joinWithOffsets(words);
            int start = text.length();
            text.append(joined.text());
            paragraphs.add(new Range(start, text.length()));
            for (int i = 0; i < keys.size(); i++) {
                tokens.put(keys.get(i), new Range(start + joined.starts()[i], start + joined.ends()[i]));
            }
            return this;
        }

        private void separate() {
            if (text.length() > 0) {
                text.append("\n\n");
            }
        }

        ReportLayout build() {
            return new ReportLayout(text.append('\n').toString(), paragraphs, tokens);
        }
    }
}
