package org.dateline.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Where a single line break ends a paragraph: a headline, caption or paragraph that lost its stop
 * is a line of its own; a line wrapped in mid-sentence is joined to the next.
 */
class ParagraphLinesTest {

    private static final String LEDE = "The two ministers met in the capital on Friday to discuss trade.";

    @Test
    void aTitleCasedHeadlineBeforeTheLedeIsItsOwnParagraph() {
        String headline = "Foreign Ministers Of Chile And Peru Hold Talks On Fishing Rights";
        assertEquals(List.of(headline, LEDE), ParagraphLines.paragraphs(List.of(headline, LEDE)));
    }

    @Test
    void aLongLineThatLostItsStopEndsBeforeALineOpeningASentence() {
        String first = "Rescue teams searched the flooded valley for a third day as the river kept rising";
        String second = "\u201cWe have not given up hope,\u201d the mayor said.";
        assertEquals(List.of(first, second), ParagraphLines.paragraphs(List.of(first, second)));
        String sentenceCase = "Opposition leader calls for new elections after the budget vote fails";
        assertEquals(List.of(sentenceCase, LEDE), ParagraphLines.paragraphs(List.of(sentenceCase, LEDE)));
    }

    @Test
    void aLineWrappedInsideANameOrANumberStaysJoined() {
        assertEquals(List.of("The delegation was received in the afternoon by the visiting Prime Minister"
                + " Anna Lindqvist and her aides."), ParagraphLines.paragraphs(List.of(
                        "The delegation was received in the afternoon by the visiting Prime Minister",
                        "Anna Lindqvist and her aides.")));
        assertEquals(List.of("The hearing of the two officers has been set down for Thursday, March"
                + " 14, 2024, at the court."), ParagraphLines.paragraphs(List.of(
                        "The hearing of the two officers has been set down for Thursday, March",
                        "14, 2024, at the court.")));
    }

    @Test
    void aLineWrappedBeforeALowerCaseWordOrAfterAFunctionWordStaysJoined() {
        assertEquals(1, ParagraphLines.paragraphs(List.of(
                "Residents said the water had reached the first floor of most houses",
                "in the lower town by noon.")).size());
        assertEquals(1, ParagraphLines.paragraphs(List.of(
                "Police closed the road between the two villages and sent officers to the",
                "Central Market after the clashes.")).size());
    }

    @Test
    void inABlockWrappedAtAWidthABreakBeforeACapitalStaysJoined() {
        assertEquals(1, ParagraphLines.paragraphs(List.of(
                "The minister arrived on Monday and the delegation visited the port and",
                "the old town before it travelled on by train to see the northern region",
                "Governor Maria Costa and local officials at the provincial offices.")).size());
    }

    @Test
    void aShortLineWithoutAStopIsASubheading() {
        assertEquals(2, ParagraphLines.paragraphs(List.of("Talks resume", LEDE)).size());
    }

    @Test
    void titleCaseAllowsMinorWordsInLowerCase() {
        assertTrue(ParagraphLines.titleCased("Protesters Clash with Police in the Capital over Fuel Prices"));
        assertFalse(ParagraphLines.titleCased("Protesters clash with police in the capital over fuel prices"));
    }
}
