package org.dateline.evaluate.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus readers give each document's title, creation date and paragraphs as the news report it was. */
class CorpusReadersTest {

    private static final Path CORPORA = Path.of(System.getProperty("dateline.corpora", "../shared/corpora"));

    @TempDir
    Path dir;

    private static Path corpusFile(String relative) {
        Path file = CORPORA.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus file not found at " + file.toAbsolutePath()
                + " (set -Ddateline.corpora=DIR): skipped");
        return file;
    }

    @Test
    void meantimeTitleDateAndOneParagraphPerSentence() throws IOException {
        MeantimeDocument doc = MeantimeDocument.read(
                corpusFile("meantime-en/corpus_airbus/11714_Ryanair_exercises_options_on_five_Boeing_737s.xml"));
        assertEquals("11714_Ryanair_exercises_options_on_five_Boeing_737s", doc.id());
        assertEquals("Ryanair exercises options on five Boeing 737s", doc.title());
        assertEquals(LocalDate.of(2005, 6, 13), doc.created());
        assertEquals("June 13, 2005", doc.dateLine());
        assertEquals("Irish low cost airline, Ryanair, announced today that it is exercising its options with Boeing "
                + "to purchase five new 737 aircraft.", doc.paragraphs().get(0));
        assertEquals(doc.sentences().size() - 3, doc.paragraphs().size(),
                "a paragraph a sentence, but the quotation left open at the end of the fourth goes on in the fifth");
        assertTrue(doc.paragraphs().get(3).endsWith("more European consumers.”"), doc.paragraphs().get(3));
        assertEquals(new MeantimeDocument.Token(1, "Ryanair"), doc.sentences().get(0).get(0));
        assertTrue(doc.reportText().startsWith("Ryanair exercises options on five Boeing 737s\n\nJune 13, 2005\n\n"
                + "Irish low cost airline, Ryanair,"), doc.reportText());
    }

    /** Two files have no CREATION_TIME and one writes it "03-02-2009": the date line tells the date. */
    @Test
    void meantimeCreationDateFromTheDateLineWhenTheAnnotationHasNone() throws IOException {
        assertEquals(LocalDate.of(2007, 9, 1), MeantimeDocument.read(
                corpusFile("meantime-en/corpus_airbus/78496_Airbus_A380_test_flight_delayed_after_accident.xml")).created());
        try (Stream<Path> files = Files.walk(CORPORA.resolve("meantime-en"))) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".xml")).toList();
            assertEquals(90, all.size());
            for (Path file : all) {
                assertNotNull(MeantimeDocument.read(file).created(), file.toString());
            }
        }
    }

    @Test
    void gumTitleDateLineAndParagraphsWithoutCaptions() throws IOException {
        GumDocument doc = GumDocument.read(corpusFile("gum-wikinews/xml/GUM_news_asylum.xml"));
        assertEquals("GUM_news_asylum", doc.id());
        assertEquals("Over 900 asylum seekers rescued off Indonesian coast", doc.title());
        assertEquals(LocalDate.of(2015, 5, 18), doc.created());
        assertEquals("Monday, May 18, 2015", doc.dateLine());
        assertTrue(doc.paragraphs().get(0).startsWith("On Friday, fishermen rescued over 700 asylum seekers whose boat "
                + "sank, and the Indonesian Navy reportedly saved 200 more"), doc.paragraphs().get(0));
        assertTrue(doc.reportText().startsWith(doc.title() + "\n\nMay 18, 2015\n\nOn Friday,"), doc.reportText());

        GumDocument crane = GumDocument.read(corpusFile("gum-wikinews/xml/GUM_news_defector.xml"));
        assertTrue(crane.paragraphs().stream().noneMatch(p -> p.contains("Image:")), "captions are left out");
        assertTrue(String.join("\n", crane.paragraphs()).contains("high-ranking defectors"), "<w> keeps words whole");
    }

    /** GUM's flag document has sentences outside any paragraph: they make a paragraph of their own. */
    @Test
    void gumSentencesOutsideParagraphsAreKept() throws IOException {
        GumDocument doc = GumDocument.read(corpusFile("gum-wikinews/xml/GUM_news_flag.xml"));
        assertEquals(LocalDate.of(2015, 5, 7), doc.created());
        assertTrue(doc.paragraphs().get(0).startsWith("On Tuesday, the New Zealand government announced"),
                doc.paragraphs().get(0));
    }

    @Test
    void detokenizerPrintsTokensAsNewspapersDo() {
        assertEquals("“We don't know,” he said (in Paris), and it's 35% of $5 — \"roughly\" so.",
                Detokenizer.join(tokens("``", "We", "do", "n't", "know", ",", "''", "he", "said", "(", "in", "Paris", ")",
                        ",", "and", "it", "'s", "35", "%", "of", "$", "5", "—", "\"", "roughly", "\"", "so", ".")));
        Detokenizer.Joined joined = Detokenizer.joinWithOffsets(List.of(new Detokenizer.Token("high", false),
                new Detokenizer.Token("-", true), new Detokenizer.Token("ranking", true), new Detokenizer.Token("men", false)));
        assertEquals("high-ranking men", joined.text());
        assertArrayEquals(new int[] {0, 4, 5, 13}, joined.starts());
        assertArrayEquals(new int[] {4, 5, 12, 16}, joined.ends());
    }

    /** The corpus split "“...,” | said Stephen Harper, Prime Minister of Canada.": one paragraph, as it was. */
    @Test
    void meantimeSentencesTheCorpusSplitAreOneParagraph() throws IOException {
        MeantimeDocument doc = MeantimeDocument.read(corpusFile(
                "meantime-en/corpus_gm/123881_GM_and_Chrysler_receive_Canadian_loans_amid_US_restructuring_ultimata.xml"));
        assertTrue(doc.paragraphs().stream().anyMatch(p -> p.endsWith("said Stephen Harper, Prime Minister of Canada.")
                && p.startsWith("“")), doc.paragraphs().toString());
        assertTrue(doc.paragraphs().size() < doc.sentences().size() - 2);
    }

    /** MEANTIME's annotations: mentions and the instances they refer to, speech events with their Arg0, TIMEX3s. */
    @Test
    void meantimeAnnotationsAnchoredInTheReportText() throws IOException {
        MeantimeDocument doc = MeantimeDocument.read(corpusFile(
                "meantime-en/corpus_gm/126311_U.S._automaker_Chrysler_wants_to_eliminate_789_dealerships.xml"));
        MeantimeAnnotations a = doc.annotations();
        ReportLayout layout = doc.layout();
        assertEquals(doc.reportText(), layout.text(), "the layout is the report text");
        assertEquals(5, a.lastAnnotatedSentence(), "the title, the date line and four body sentences are annotated");
        MeantimeAnnotations.EntityMention chrysler = a.entityMention("3").orElseThrow();
        assertEquals("NAM", chrysler.syntacticType());
        assertEquals("Chrysler LLC", layout.text(layout.span(chrysler.tokens())));
        assertEquals("http://dbpedia.org/resource/Chrysler", a.entityOf("3").orElseThrow().externalRef());
        assertEquals("ORG", a.entityOf("3").orElseThrow().type());
        // "has said": m_id 8, whose Arg0 is the whole "American automobile manufacturer Chrysler LLC" (m_id 4).
        assertTrue(a.participants().contains(new MeantimeAnnotations.Participant("8", "4", "Arg0")));
        assertTrue(a.introducing().contains("8"), "'said' introduces what was said");
        MeantimeAnnotations.Timex june3 = a.timexes().stream().filter(t -> t.id().equals("37")).findFirst().orElseThrow();
        assertEquals("2009-06-03", june3.value());
        assertEquals("June 3", layout.text(layout.span(june3.tokens())));
        assertEquals(null, layout.span(List.of(1, 2)), "title tokens are not in the body");
    }

    /** GUM's quotations and dates from the xml, entities with their Wikipedia titles from the tsv. */
    @Test
    void gumAnnotationsAnchoredInTheReportText() throws IOException {
        GumDocument doc = GumDocument.read(corpusFile("gum-wikinews/xml/GUM_news_asylum.xml"));
        ReportLayout layout = doc.layout();
        GumAnnotations a = doc.annotations();
        assertEquals(doc.reportText(), layout.text(), "the layout is the report text");
        assertEquals(2, a.quotes().size());
        assertTrue(layout.text(layout.span(a.quotes().get(0))).startsWith("\"We are in contact with all relevant parties"),
                layout.text(layout.span(a.quotes().get(0))));
        GumAnnotations.Date friday = a.dates().get(1);
        assertEquals("2015-05-15", friday.when());
        assertEquals("Friday", layout.text(layout.span(friday.tokens())));
        GumAnnotations.Entity navy = a.entities().stream().filter(e -> "Indonesian Navy".equals(e.identity()))
                .findFirst().orElseThrow();
        assertEquals("organization", navy.type());
        assertEquals("the Indonesian Navy", layout.text(layout.span(navy.tokens())));
        assertTrue(navy.named(), "its words past 'the' are proper nouns");
        GumAnnotations.Entity coast = a.entities().stream().filter(e -> e.type().equals("place")
                && layout.span(e.tokens()) != null && layout.text(layout.span(e.tokens())).equals("the coast of Aceh, Indonesia"))
                .findFirst().orElseThrow();
        assertTrue(!coast.named(), "'the coast of Aceh' is not a name");
    }

    @Test
    void aFileThatIsNotOfTheCorpusIsRefusedWithItsName() throws IOException {
        Path notXml = Files.writeString(dir.resolve("notes.xml"), "plain words, not XML");
        IOException e = assertThrows(IOException.class, () -> MeantimeDocument.read(notXml));
        assertTrue(e.getMessage().startsWith(notXml + ": not well-formed XML"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.xml"), "<Document/>");
        assertTrue(assertThrows(IOException.class, () -> MeantimeDocument.read(empty)).getMessage()
                .contains("not a MEANTIME news document"));
        assertTrue(assertThrows(IOException.class, () -> GumDocument.read(empty)).getMessage()
                .contains("not a GUM news document"));
    }

    private static List<Detokenizer.Token> tokens(String... texts) {
        return Stream.of(texts).map(t -> new Detokenizer.Token(t, false)).toList();
    }
}
