package org.dateline.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.dateline.evaluate.corpus.ReportLayout.Range;
import org.junit.jupiter.api.Test;

/** How gold paragraphs are found in the body the reader kept. */
class AlignmentTest {

    private static final String FIRST = "Lagos, Nigeria — The city's annual boat regatta opened on Saturday as thousands "
            + "of people lined the lagoon to watch the crews race past the old harbour.";
    private static final String SECOND = "The organisers said more than forty crews had entered this year.";
    private static final String GOLD_TEXT = FIRST + "\n\n" + SECOND;
    /** The reader took the dateline off the first paragraph. */
    private static final String BODY = FIRST.substring(FIRST.indexOf("The city's")) + "\n\n" + SECOND;

    private static Range at(String text) {
        int i = GOLD_TEXT.indexOf(text);
        return new Range(i, i + text.length());
    }

    private static GoldDocument.Mention mention(String text) {
        return new GoldDocument.Mention(at(text), GoldDocument.Type.LOC, text, true, null);
    }

    /** A paragraph whose dateline the reader cut keeps its rest: only what the gold marks in the dateline is lost. */
    @Test
    void aParagraphWithoutItsDatelineIsPlacedByItsRest() {
        GoldDocument gold = new GoldDocument("doc", GOLD_TEXT, List.of(at(FIRST), at(SECOND)), List.of(at(FIRST), at(SECOND)),
                List.of(mention("Lagos"), mention("the lagoon"), mention("the old harbour"), mention("forty crews")),
                List.of(), List.of(), List.of(), List.of(), EnumSet.of(GoldDocument.Layer.NAMES));
        Alignment alignment = Alignment.of(gold, BODY);
        assertEquals(0, alignment.lostParagraphs());
        List<String> lost = new ArrayList<>();
        GoldDocument placed = alignment.apply(gold, BODY, lost);
        assertEquals(List.of("mention 'Lagos'"), lost);
        assertEquals(List.of("the lagoon", "the old harbour", "forty crews"), placed.mentions().stream()
                .map(m -> BODY.substring(m.range().begin(), m.range().end())).toList());
        assertEquals(List.of(FIRST.substring(FIRST.indexOf("The city's")), SECOND), placed.scored().stream()
                .map(r -> BODY.substring(r.begin(), r.end())).toList(), "the rest of the paragraph is scored");
    }

    /** A paragraph the reader did not keep at all is lost, with everything in it. */
    @Test
    void aParagraphNotInTheBodyIsLost() {
        String body = SECOND;
        GoldDocument gold = new GoldDocument("doc", GOLD_TEXT, List.of(at(FIRST), at(SECOND)), List.of(at(FIRST), at(SECOND)),
                List.of(mention("the lagoon"), mention("forty crews")),
                List.of(), List.of(), List.of(), List.of(), EnumSet.of(GoldDocument.Layer.NAMES));
        Alignment alignment = Alignment.of(gold, body);
        assertEquals(1, alignment.lostParagraphs());
        List<String> lost = new ArrayList<>();
        alignment.apply(gold, body, lost);
        assertEquals(List.of("mention 'the lagoon'"), lost);
    }
}
