package org.dateline.evaluate.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A document of the NewsReader MEANTIME corpus (CAT XML, {@code ../shared/corpora/meantime-en}).
 * The file holds the tokens ({@code <token t_id sentence number>}) and, under {@code <Markables>}, the
 * annotations anchored to token ids. Sentence 0 is the Wikinews title and sentence 1 its date line
 * ("June 13 , 2005"); the document creation time is the TIMEX3 with
 * {@code functionInDocument="CREATION_TIME"}, or, in the few files that lack one (or, in one file,
 * write it "03-02-2009"), the date the date line is annotated with, or the date line itself. The corpus
 * marks no paragraphs, so each later sentence is a paragraph of its own: that keeps the annotated
 * sentence boundaries, and keeps an image caption without a full stop ("The A380 was revealed in
 * January 2005") from running into the next sentence. Except where the corpus split a sentence that
 * is one: a sentence that opens in lower case ("said Stephen Harper.") or follows a quotation left
 * open goes on the paragraph of the one before.
 *
 * @param id        the file name without .xml ("11714_Ryanair_exercises_options_on_five_Boeing_737s")
 * @param title     the title (sentence 0)
 * @param created   the document creation time; null when the file gives none
 * @param sentences every sentence's tokens, in order, title and date line included, with their t_id
 * @param annotations the entity, event, time and relation annotations anchored to the tokens
 */
public record MeantimeDocument(String id, String title, LocalDate created, List<List<Token>> sentences,
        MeantimeAnnotations annotations) implements CorpusDocument {

    private static final DateTimeFormatter DATE_LINE_FORMAT = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** A token of the corpus: its {@code t_id} (what annotations point at) and its text. */
    public record Token(int id, String text) {
    }

    public MeantimeDocument {
        sentences = sentences.stream().map(List::copyOf).toList();
    }

    /** Reads a MEANTIME CAT XML file. */
    public static MeantimeDocument read(Path file) throws IOException {
        Document xml = CorpusXml.parse(file);
        Map<Integer, List<Token>> bySentence = new TreeMap<>();
        Map<Integer, Integer> sentenceOfToken = new TreeMap<>();
        NodeList tokens = xml.getElementsByTagName("token");
        for (int i = 0; i < tokens.getLength(); i++) {
            Element token = (Element) tokens.item(i);
            int id = Integer.parseInt(token.getAttribute("t_id"));
            int sentence = Integer.parseInt(token.getAttribute("sentence"));
            bySentence.computeIfAbsent(sentence, s -> new ArrayList<>()).add(new Token(id, token.getTextContent()));
            sentenceOfToken.put(id, sentence);
        }
        if (bySentence.size() < 3) {
            throw new IOException(file + ": not a MEANTIME news document (a title, a date line and a body expected, "
                    + bySentence.size() + " sentences found)");
        }
        List<List<Token>> sentences = new ArrayList<>(bySentence.values());
        LocalDate created = creationTime(xml, sentenceOfToken);
        if (created == null) {
            created = dateLineDate(text(sentences.get(1)));
        }
        return new MeantimeDocument(CorpusXml.id(file), text(sentences.get(0)), created, sentences,
                MeantimeAnnotations.read(xml, sentenceOfToken));
    }

    /** Where each body token lies in {@link #reportText()}. */
    public ReportLayout layout() {
        ReportLayout.Builder builder = new ReportLayout.Builder().heading(title);
        if (created != null) {
            builder.heading(DATE_LINE.format(created));
        }
        for (List<Token> paragraph : paragraphTokens()) {
            builder.paragraph(paragraph.stream().map(t -> new Detokenizer.Token(t.text(), false)).toList(),
                    paragraph.stream().map(Token::id).toList());
        }
        return builder.build();
    }

    /** The sentence (0 the title, 1 the date line) a token belongs to; -1 for an unknown token. */
    public int sentenceOf(int tokenId) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> sentence = sentences.get(s);
            if (!sentence.isEmpty() && tokenId >= sentence.get(0).id() && tokenId <= sentence.get(sentence.size() - 1).id()) {
                return s;
            }
        }
        return -1;
    }

    /** The body: every sentence after the title and the date line, a paragraph each but where one goes on. */
    @Override
    public List<String> paragraphs() {
        return paragraphTokens().stream().map(MeantimeDocument::text).toList();
    }

    /** The body's paragraphs as tokens: a sentence each, joined where the corpus split one. */
    private List<List<Token>> paragraphTokens() {
        List<List<Token>> paragraphs = new ArrayList<>();
        boolean open = false;
        for (List<Token> sentence : sentences.subList(2, sentences.size())) {
            boolean goesOn = !paragraphs.isEmpty() && !sentence.isEmpty()
                    && (open || Character.isLowerCase(sentence.get(0).text().codePointAt(0)));
            if (goesOn) {
                paragraphs.get(paragraphs.size() - 1).addAll(sentence);
            } else {
                paragraphs.add(new ArrayList<>(sentence));
            }
            open = quotationLeftOpen(paragraphs.get(paragraphs.size() - 1));
        }
        return paragraphs;
    }

    private static boolean quotationLeftOpen(List<Token> tokens) {
        boolean open = false;
        for (Token t : tokens) {
            switch (t.text()) {
                case "``", "“" -> open = true;
                case "''", "”" -> open = false;
                case "\"" -> open = !open;
                default -> {
                }
            }
        }
        return open;
    }

    /** The date line as the corpus writes it ("June 13, 2005"). */
    public String dateLine() {
        return text(sentences.get(1));
    }

    static String text(List<Token> sentence) {
        return Detokenizer.join(sentence.stream().map(t -> new Detokenizer.Token(t.text(), false)).toList());
    }

    /** The CREATION_TIME TIMEX3's value; failing that, the DATE TIMEX3 anchored in the date line (sentence 1). */
    private static LocalDate creationTime(Document xml, Map<Integer, Integer> sentenceOfToken) {
        LocalDate onDateLine = null;
        NodeList timexes = xml.getElementsByTagName("TIMEX3");
        for (int i = 0; i < timexes.getLength(); i++) {
            Element timex = (Element) timexes.item(i);
            LocalDate value = date(timex.getAttribute("value"));
            if (value == null) {
                continue;
            }
            if ("CREATION_TIME".equals(timex.getAttribute("functionInDocument"))) {
                return value;
            }
            if (onDateLine == null && "DATE".equals(timex.getAttribute("type"))
                    && anchors(timex).stream().map(sentenceOfToken::get).collect(Collectors.toSet()).equals(Set.of(1))) {
                onDateLine = value;
            }
        }
        return onDateLine;
    }

    static List<Integer> anchors(Element timex) {
        NodeList anchors = timex.getElementsByTagName("token_anchor");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < anchors.getLength(); i++) {
            ids.add(Integer.parseInt(((Element) anchors.item(i)).getAttribute("t_id")));
        }
        return ids;
    }

    /** "February 03, 2009": the date line itself, for the file whose CREATION_TIME reads "03-02-2009". */
    private static LocalDate dateLineDate(String line) {
        try {
            return LocalDate.parse(line.strip(), DATE_LINE_FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A full calendar date ("2005-06-13"), or null for a partial or non-date value. */
    static LocalDate date(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
