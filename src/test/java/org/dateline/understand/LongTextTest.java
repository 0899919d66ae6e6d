package org.dateline.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.dateline.TestReports;
import org.dateline.bench.LongReports;
import org.dateline.read.ReportDoc;
import org.junit.jupiter.api.Test;

/**
 * Long texts through the real engine: read in pieces, they read as they would whole, every offset
 * still points at its text, no sentence outgrows the engine's limit, and a body over the engine's
 * limit is not given to it at all.
 */
class LongTextTest {

    private static final CoreNlpEngine ENGINE = CoreNlpEngine.shared();

    @Test
    void piecesReadExactlyAsTheWholeText() throws Exception {
        ReportDoc seed = TestReports.readSeed("000_00f213b68e0cbf10.txt");
        String text = seed.body();
        LocalDate date = LocalDate.of(2024, 5, 14);
        AnnotatedText whole = ENGINE.annotate(text, date);
        // Pieces of a few sentences each, so that the seed is cut many times.
        AnnotatedText pieces = ENGINE.annotate(text, date, new TextPieces(60, 120));
        assertTrue(whole.sentences().size() > 10, "the seed has sentences enough to cut between");
        assertEquals(whole.tokens(), pieces.tokens());
        assertEquals(whole.sentences(), pieces.sentences());
        assertEquals(whole.names(), pieces.names());
        assertEquals(whole.dates(), pieces.dates());
        assertEquals(whole.dependencies(), pieces.dependencies());
    }

    @Test
    void anEndlessLineIsReadInSentencesOfBoundedLength() {
        String line = LongReports.body("one-line", 15_000);
        AnnotatedText annotated = ENGINE.annotate(line, null);
        assertTrue(annotated.tokens().size() > 2_000, "tokens: " + annotated.tokens().size());
        for (AnnotatedText.Sentence sentence : annotated.sentences()) {
            assertTrue(sentence.endToken() - sentence.firstToken() <= 400, sentence.toString());
        }
        for (AnnotatedText.Token token : annotated.tokens()) {
            assertEquals(line.substring(token.begin(), token.end()), token.text());
        }
        for (AnnotatedText.Name name : annotated.names()) {
            assertEquals(line.substring(name.begin(), name.end()), name.text());
        }
        assertTrue(annotated.names().stream().anyMatch(n -> n.begin() > 12_000), "names found in the last pieces");
    }

    @Test
    void aLongReportKeepsExactCodePointOffsets() {
        // Some 40,000 characters (several pieces), with characters outside the BMP before most offsets.
        Random random = new Random(11);
        StringBuilder body = new StringBuilder();
        for (int p = 0; body.length() < 40_000; p++) {
            body.append(body.isEmpty() ? "" : "\n\n").append(p % 5 == 0 ? "🌍 " : "").append(LongReports.paragraph(random));
        }
        String text = body.toString();
        ReportDoc doc = TestReports.doc("long.txt", 1, "Sahel states review their ties", text, "Niamey", "Sahel Dispatch");
        Understanding understanding = RuleBasedUnderstander.withCoreNlp().understand(doc);

        assertTrue(understanding.mentions().size() > 500, "mentions: " + understanding.mentions().size());
        int lastMention = 0;
        for (Mention m : understanding.mentions()) {
            assertEquals(m.text(), codePoints(text, m.begin(), m.end()), m.toString());
            lastMention = Math.max(lastMention, m.begin());
        }
        assertTrue(lastMention > text.codePointCount(0, text.length()) - 1_000, "mentions to the end: " + lastMention);
        assertTrue(understanding.quotations().size() > 20, "quotations: " + understanding.quotations().size());
        for (Quotation q : understanding.quotations()) {
            assertEquals(q.text(), codePoints(text, q.begin(), q.end()), q.toString());
        }
        assertTrue(understanding.times().size() > 20, "times: " + understanding.times().size());
        for (TimeExpression t : understanding.times()) {
            assertEquals(t.text(), codePoints(text, t.begin(), t.end()), t.toString());
        }
        for (Event e : understanding.events()) {
            assertEquals(e.evidence(), codePoints(text, e.evidenceBegin(), e.evidenceEnd()), e.toString());
        }
        assertEquals(List.of(), understanding.notes());
    }

    @Test
    void aBodyOverTheEnginesLimitIsNotGivenToIt() {
        String text = "x".repeat(CoreNlpEngine.CHARACTER_LIMIT - 1) + "🌍🌍";
        ReportDoc doc = TestReports.doc("huge.txt", 1, "Too long", text, null, null);
        Understanding understanding = RuleBasedUnderstander.withCoreNlp().understand(doc);

        assertEquals(List.of(String.format(Locale.ROOT, "body is %,d characters, over the language engine's limit of %,d:"
                + " stored without mentions, quotations, dates or events", CoreNlpEngine.CHARACTER_LIMIT + 1,
                CoreNlpEngine.CHARACTER_LIMIT)), understanding.notes());
        assertEquals(List.of(), understanding.mentions());
        assertEquals(List.of(), understanding.entities());
    }

    private static String codePoints(String text, int begin, int end) {
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }
}
