package org.dateline.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyMarkupTest {

    private static BodyMarkup.Span mark(int begin, int end) {
        return new BodyMarkup.Span(begin, end, "<m>", "</m>");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // "𝔸" is one code point and two UTF-16 units.
        assertEquals("<p>𝔸 <m>Niger</m> &amp; <m>Mali</m></p>",
                BodyMarkup.render("𝔸 Niger & Mali", List.of(mark(2, 7), mark(10, 14))));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleNewlinesBreakLines() {
        assertEquals("<p>One<br>\ntwo</p>\n<p>Three</p>", BodyMarkup.render("One\ntwo\n\nThree", List.of()));
    }

    @Test
    void overlappingOutOfRangeAndEmptySpansAreLeftUnmarked() {
        assertEquals("<p><m>abc</m>def</p>", BodyMarkup.render("abcdef",
                List.of(mark(0, 3), mark(2, 4), mark(4, 99), mark(5, 5))));
    }

    @Test
    void markedTextIsEscaped() {
        assertEquals("<p><m>&lt;b&gt;</m></p>", BodyMarkup.render("<b>", List.of(mark(0, 3))));
    }
}
