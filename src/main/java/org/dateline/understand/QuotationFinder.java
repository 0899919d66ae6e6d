package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Quotations and their speakers.
 * <ul>
 * <li>Direct: words in curly or straight quotation marks; a quotation that runs over several
 * paragraphs (each opening with a quotation mark, only the last closed) is one quotation. Its
 * speaker is the entity next to a speech verb in its sentence ("Zeine said, “...”", "“...,” he told
 * The Post", "said Zeine"); a quotation with no speech verb of its own continues the speaker of the
 * quotation before it in the paragraph. Short phrases in quotation marks that no one is said to have
 * said ("with “open arms.”") are scare quotes, not quotations.</li>
 * <li>Indirect: "X said (that) ...", "X told Y ... that ...": the reported clause, to the end of
 * the sentence. The speaker is the entity just before the verb, none when the subject is no entity.</li>
 * </ul>
 * Speakers are spans, so a pronoun, surname or title resolves to the full person.
 */
final class QuotationFinder {

    /** Up to this many words, an unattributed quotation is a scare quote. */
    private static final int SCARE_QUOTE_WORDS = 4;
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "previously", "once", "again", "further");
    private static final Set<String> INVERTING_VERBS = Set.of("said", "says", "added", "asked", "replied");
    /** These report a clause straight after them ("said the talks failed"); the others only with "that". */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "say", "stated", "states", "added", "adds");
    /** These take an object before the clause ("told The Post that", "warned Niamey that"). */
    private static final Set<String> OBJECT_VERBS = Set.of("told", "tells", "warned", "reminded", "assured");

    /** "Chad's government said", "France's foreign ministry said": the country speaks. */
    private static final Set<String> GOVERNING_BODIES = Set.of("government", "ministry", "presidency", "army",
            "military", "junta", "authorities", "cabinet");

    private final WordLists lists;

    QuotationFinder(WordLists lists) {
        this.lists = lists;
    }

    /** A quotation while it is being found: UTF-16 offsets into the text. */
    record Found(int begin, int end, String text, String speaker, QuoteKind kind) {
    }

    private record Marked(int open, int close) {
    }

    List<Found> find(Reading reading) {
        List<Found> found = new ArrayList<>();
        List<Marked> marked = quotationMarks(reading.text, reading.bodyEnd);
        Found previous = null;
        for (Marked m : marked) {
            int begin = m.open + 1;
            int end = m.close;
            while (end > begin && reading.text.charAt(end - 1) == ',') {
                end--;
            }
            if (end <= begin) {
                continue;
            }
            String raw = reading.text.substring(begin, end);
            String text = raw.replaceAll("\\s*\\n\\s*\\n\\s*[“\"]", " ");
            Attribution attribution = attribution(reading, m);
            String speaker = attribution.speaker;
            if (!attribution.attributed && previous != null && previous.speaker != null
                    && reading.paragraphStart(previous.begin) == reading.paragraphStart(begin)) {
                speaker = previous.speaker;
                attribution = new Attribution(true, speaker);
            }
            if (!attribution.attributed && text.split("\\s+").length <= SCARE_QUOTE_WORDS) {
                continue;
            }
            Found quotation = new Found(begin, end, text, speaker, QuoteKind.DIRECT);
            found.add(quotation);
            previous = quotation;
        }
        found.addAll(indirect(reading, marked));
        found.addAll(attributedAfter(reading, marked));
        return found;
    }

    /**
     * "A delegation held talks in Niamey this week, the State Department said.": the clause before
     * a closing attribution is the speaker's, reported indirectly.
     */
    private List<Found> attributedAfter(Reading reading, List<Marked> marked) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            if (sentence.end() > reading.bodyEnd) {
                break;
            }
            int last = sentence.endToken() - 1;
            while (last > sentence.firstToken() && reading.token(last).tag().equals(".")) {
                last--;
            }
            if (last - sentence.firstToken() < 4 || !INVERTING_VERBS.contains(reading.token(last).text())
                    || !lists.isSpeechVerb(reading.token(last))) {
                continue;
            }
            Optional<Span> subject = reading.spanEndingAt(last - 1).filter(s -> s.type != EntityType.PLACE);
            if (subject.isEmpty()) {
                continue;
            }
            int first = reading.tokenAt(subject.get().begin);
            if (first > 0 && Set.of("the", "The").contains(reading.token(first - 1).text())) {
                first--;
            }
            int comma = first - 1;
            if (comma <= sentence.firstToken() || !reading.token(comma).text().equals(",")
                    || insideQuotation(reading.token(comma).begin(), marked)
                    || "”\"".contains(reading.token(comma - 1).text())) {
                continue;
            }
            int begin = reading.token(sentence.firstToken()).begin();
            int end = reading.token(comma - 1).end();
            found.add(new Found(begin, end, reading.text.substring(begin, end), subject.get().key, QuoteKind.INDIRECT));
        }
        return found;
    }

    /** Pairs of quotation marks in the body; an unclosed one at a paragraph's end continues when the next paragraph opens with one. */
    static List<Marked> quotationMarks(String text, int limit) {
        List<Marked> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"')) {
                marks.add(new Marked(open, i));
                open = -1;
            } else if (open >= 0 && c == '\n' && i + 1 < limit && text.charAt(i + 1) == '\n') {
                int next = i + 2;
                while (next < limit && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < limit && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
                    i = next;
                } else {
                    open = -1;
                }
            }
        }
        return marks;
    }

    private record Attribution(boolean attributed, String speaker) {
    }

    private Attribution attribution(Reading reading, Marked m) {
        int openToken = reading.tokenAt(m.open);
        int closeToken = reading.tokenAt(m.close);
        if (openToken < 0 || closeToken < 0) {
            return new Attribution(false, null);
        }
        AnnotatedText.Sentence first = reading.sentenceOf(openToken);
        AnnotatedText.Sentence last = reading.sentenceOf(closeToken);
        // After the quotation: ", he told The Post." / ", said Zeine."
        for (int k = closeToken + 1; k < last.endToken() && k <= closeToken + 6; k++) {
            if (lists.isSpeechVerb(reading.token(k))) {
                return new Attribution(true, speaker(reading, k, closeToken + 1, last.endToken()).orElse(null));
            }
        }
        // Before it, nearest first: "Zeine said, “...”" / "Zeine said the ... were the “primary reason”".
        for (int k = openToken - 1; k >= first.firstToken(); k--) {
            if (lists.isSpeechVerb(reading.token(k))) {
                return new Attribution(true, speaker(reading, k, first.firstToken(), openToken).orElse(null));
            }
        }
        return new Attribution(false, null);
    }

    /** The entity just before the verb (an adverb may stand between), or just after a verb that inverts. */
    private Optional<String> speaker(Reading reading, int verb, int from, int to) {
        int k = verb - 1;
        while (k >= from && ADVERBS.contains(reading.token(k).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k >= from) {
            Optional<Span> subject = reading.spanEndingAt(k).filter(s -> s.type != EntityType.PLACE);
            if (subject.isPresent()) {
                // "Mali, Burkina Faso and Niger said": several speakers, not the last one named.
                return coordinated(reading, subject.get()) ? Optional.empty() : Optional.of(subject.get().key);
            }
            Optional<Span> governed = governingBody(reading, k, from);
            if (governed.isPresent()) {
                return Optional.of(governed.get().key);
            }
        }
        if (INVERTING_VERBS.contains(reading.token(verb).text().toLowerCase(Locale.ROOT)) && verb + 1 < to) {
            return reading.spanStartingAt(verb + 1).filter(s -> s.type != EntityType.PLACE).map(s -> s.key);
        }
        return Optional.empty();
    }

    private static boolean coordinated(Reading reading, Span subject) {
        int first = reading.tokenAt(subject.begin);
        return first > 0 && Set.of("and", "or").contains(reading.token(first - 1).text());
    }

    /** "Chad's government", "France's foreign ministry" ending at token k: the country or organisation. */
    private static Optional<Span> governingBody(Reading reading, int k, int from) {
        if (!GOVERNING_BODIES.contains(reading.token(k).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int j = k - 1;
        if (j >= from && Character.isLowerCase(reading.token(j).text().charAt(0)) && !Reading.isPossessive(reading.token(j).text())) {
            j--;
        }
        if (j - 1 < from || !Reading.isPossessive(reading.token(j).text())) {
            return Optional.empty();
        }
        return reading.spanEndingAt(j - 1).filter(s -> s.type == EntityType.COUNTRY || s.type == EntityType.ORGANIZATION);
    }

    /**
     * Where the reported clause starts after the verb: past "that" when a prepositional phrase comes
     * first ("said in a statement that ..."), past a date ("said on Thursday it was ...").
     */
    private static int clauseStart(Reading reading, int clause, int sentenceEnd) {
        if (clause < sentenceEnd && reading.token(clause).tag().equals("IN") && !reading.token(clause).text().equals("that")) {
            for (int k = clause + 1; k < sentenceEnd && k <= clause + 8; k++) {
                String text = reading.token(k).text();
                if (text.equals("that")) {
                    return k + 1;
                }
                if (text.equals(",") || reading.token(k).tag().startsWith("VB")) {
                    break;
                }
            }
            for (AnnotatedText.DateExpression date : reading.annotated.dates()) {
                if (clause + 1 < sentenceEnd && date.begin() == reading.token(clause + 1).begin()) {
                    return reading.tokenFrom(date.end());
                }
            }
        }
        return clause;
    }

    private List<Found> indirect(Reading reading, List<Marked> marked) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            if (sentence.end() > reading.bodyEnd) {
                break;
            }
            for (int v = sentence.firstToken(); v < sentence.endToken() - 1; v++) {
                String verb = reading.token(v).text().toLowerCase(Locale.ROOT);
                if (!lists.isSpeechVerb(reading.token(v)) || insideQuotation(reading.token(v).begin(), marked)) {
                    continue;
                }
                int clause = v + 1;
                if (OBJECT_VERBS.contains(verb)) {
                    clause = -1;
                    for (int k = v + 1; k < sentence.endToken() && k <= v + 15; k++) {
                        if (reading.token(k).text().equals("that")) {
                            clause = k + 1;
                            break;
                        }
                    }
                    if (clause < 0) {
                        continue;
                    }
                } else if (reading.token(clause).text().equals("that")) {
                    clause++;
                } else if (!CLAUSE_VERBS.contains(verb)) {
                    continue;
                } else {
                    clause = clauseStart(reading, clause, sentence.endToken());
                }
                int endToken = sentence.endToken() - 1;
                while (endToken > clause && reading.token(endToken).tag().equals(".")) {
                    endToken--;
                }
                if (endToken - clause < 2) {
                    continue;
                }
                String opening = reading.token(clause).text();
                if (!Character.isLetterOrDigit(opening.codePointAt(0)) || insideQuotation(reading.token(clause).begin(), marked)) {
                    continue;
                }
                int begin = reading.token(clause).begin();
                int end = reading.token(endToken).end();
                String speaker = speaker(reading, v, sentence.firstToken(), v).orElse(null);
                found.add(new Found(begin, end, reading.text.substring(begin, end), speaker, QuoteKind.INDIRECT));
                break;
            }
        }
        return found;
    }

    private static boolean insideQuotation(int position, List<Marked> marked) {
        return marked.stream().anyMatch(m -> position > m.open && position < m.close);
    }
}
