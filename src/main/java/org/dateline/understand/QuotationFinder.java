package org.dateline.understand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotations and their speakers.
 * <ul>
 * <li>Direct: words of prose in curly or straight quotation marks (not an attribute value or code:
 * {@code href="javascript:…"}); a quotation that runs over several paragraphs (each opening with a
 * quotation mark, only the last closed) is one quotation. Its speaker is the subject of the speech
 * verb that attributes it ("Zeine said, “...”", "“...,” he told The Post", "“...,” said Zeine, the
 * prime minister"; see {@link Speakers}), or the source of "according to X". A quotation with no
 * speech verb of its own continues the speaker of the quotation before it in its paragraph, or in the
 * paragraph before when it opens its own. Short phrases in quotation marks that no one is said to have
 * said ("with “open arms.”") are scare quotes, not quotations.</li>
 * <li>Indirect: the clause a speech verb reports, as the parse gives it ("X said (that) ...", "X told
 * reporters ...", "..., X said.", "X announced plans to ..."), and a sentence "according to X". Not
 * what a negated verb did not say, and not a phrase that is no clause ("said at a news conference").</li>
 * </ul>
 * Speakers are spans, so a pronoun, surname or title resolves to the full person.
 */
final class QuotationFinder {

    /** Up to this many words, an unattributed quotation is a scare quote. */
    private static final int SCARE_QUOTE_WORDS = 4;
    /** Verbs whose object is what was said ("announced plans to", "confirmed the deal"). */
    private static final Set<String> OBJECT_CONTENT_LEMMAS = Set.of("announce", "report", "confirm", "reveal",
            "unveil", "claim", "deny", "outline", "predict", "forecast");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** These report a clause straight after them ("said the talks failed"). */
    private static final Set<String> CLAUSE_VERBS = Set.of("said", "says", "say", "stated", "states", "added", "adds");
    /** Tags a clause may open with: a determiner, a noun, a pronoun, a number, an adjective. */
    private static final Set<String> CLAUSE_OPENINGS = Set.of("DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "CD",
            "JJ", "EX", "WDT");
    /** What a quotation of prose does not look like: a URL, markup, code. */
    /** Markup or code in words reported: not prose ({@code <a href="...">}, {@code javascript:}). */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|=\\s*[\"']|\\bjavascript:|https?://");
    private static final Pattern CODE = Pattern.compile("^\\S*[:/<>{}=;()\\\\]\\S*$|^\\s*(javascript|https?|www\\.)");

    private final WordLists lists;

    QuotationFinder(WordLists lists) {
        this.lists = lists;
    }

    /** A quotation while it is being found: UTF-16 offsets into the text. */
    record Found(int begin, int end, String text, String speaker, QuoteKind kind) {
    }

    /** An opening and a closing quotation mark: UTF-16 offsets into the text. */
    record Marked(int open, int close) {
    }

    private record Attribution(boolean attributed, String speaker) {
    }

    List<Found> find(Reading reading) {
        DependencyIndex parse = reading.parse;
        Speakers speakers = new Speakers(reading, parse, lists);
        List<Marked> marked = quotationMarks(reading.text, reading.bodyEnd);
        List<Found> found = new ArrayList<>();
        List<Found> indirect = reading.annotated.dependencies().isEmpty() ? List.of()
                : indirect(reading, parse, speakers, marked);
        Found previous = null;
        for (Marked m : marked) {
            int begin = m.open + 1;
            int end = m.close;
            while (end > begin && reading.text.charAt(end - 1) == ',') {
                end--;
            }
            if (end <= begin || !isProse(reading.text, m, begin, end)) {
                continue;
            }
            String raw = reading.text.substring(begin, end);
            String text = raw.replaceAll("\\s*\\n\\s*\\n\\s*[“\"]", " ");
            Attribution attribution = attribution(reading, speakers, m);
            Found before = lastBefore(m.open, previous, indirect);
            if (!attribution.attributed && before != null && before.speaker != null && continues(reading, before, m)) {
                attribution = new Attribution(true, before.speaker);
            }
            // A few words no one is found to have said are a scare quote ("the "History" section").
            if ((!attribution.attributed || attribution.speaker == null) && text.split("\\s+").length <= SCARE_QUOTE_WORDS
                    || isTitle(text)) {
                continue;
            }
            Found quotation = new Found(begin, end, text, attribution.speaker, QuoteKind.DIRECT);
            speakers.spoke(quotation.speaker, begin);
            found.add(quotation);
            previous = quotation;
        }
        found.addAll(indirect);
        return found;
    }

    /**
     * The title of a work, a page or a section ("The Internet Explorer 6 Countdown"): its words
     * capitalised but the small ones, and no sentence in it. Cited, not said.
     */
    static boolean isTitle(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 2 || text.strip().matches(".*[.!?,;:]$")) {
            return false;
        }
        for (String word : words) {
            if (word.codePoints().anyMatch(Character::isLetter) && !Character.isUpperCase(word.codePointAt(0))
                    && !TITLE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "at",
            "to", "for", "by", "with", "from", "vs.", "vs", "v.");

    /** The quotation, direct or reported, that comes last before a position. */
    private static Found lastBefore(int position, Found previousDirect, List<Found> indirect) {
        Found last = previousDirect;
        for (Found f : indirect) {
            if (f.end <= position && (last == null || f.begin > last.begin)) {
                last = f;
            }
        }
        return last;
    }

    /**
     * A quotation without attribution goes on with the speaker before it: in the same paragraph, or
     * when it opens a paragraph that follows the one the speaker spoke in.
     */
    private static boolean continues(Reading reading, Found previous, Marked m) {
        int paragraph = reading.paragraphStart(m.open);
        int previousParagraph = reading.paragraphStart(previous.begin);
        if (paragraph == previousParagraph) {
            return true;
        }
        boolean opensParagraph = reading.text.substring(paragraph, m.open).isBlank();
        return opensParagraph && paragraph > 0 && reading.paragraphStart(paragraph - 2) == previousParagraph;
    }

    /** Prose, not an attribute value ({@code href="…"}) or code: words, with letters in them. */
    private static boolean isProse(String text, Marked m, int begin, int end) {
        int before = m.open - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && text.charAt(before) == '=') {
            return false;
        }
        String words = text.substring(begin, end);
        return words.codePoints().anyMatch(Character::isLetter) && !CODE.matcher(words).find();
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

    /**
     * The speech verb that attributes a quotation: just after it in the sentence where it closes
     * (", he said", ", said Zeine"), else the nearest before it in the sentence where it opens
     * ("Zeine said: “...”"); or "according to X" in either.
     */
    private Attribution attribution(Reading reading, Speakers speakers, Marked m) {
        int openToken = reading.tokenAt(m.open);
        int closeToken = reading.tokenAt(m.close);
        if (openToken < 0 || closeToken < 0) {
            return new Attribution(false, null);
        }
        AnnotatedText.Sentence first = reading.sentenceOf(openToken);
        AnnotatedText.Sentence last = reading.sentenceOf(closeToken);
        for (int k = closeToken + 1; k < last.endToken(); k++) {
            if (isQuoteMark(reading.token(k).text())) {
                break;
            }
            if (lists.isSpeechVerb(reading.token(k))) {
                return new Attribution(true, speaker(reading, speakers, k, closeToken + 1, last.endToken()).orElse(null));
            }
        }
        for (int k = openToken - 1; k >= first.firstToken(); k--) {
            if (lists.isSpeechVerb(reading.token(k))) {
                return new Attribution(true, speaker(reading, speakers, k, first.firstToken(), openToken).orElse(null));
            }
        }
        Optional<Span> source = accordingTo(reading, first.firstToken(), openToken)
                .or(() -> accordingTo(reading, closeToken + 1, last.endToken()));
        if (source.isPresent()) {
            return new Attribution(true, source.get().key);
        }
        return introducedByColon(reading, speakers, openToken, first);
    }

    /**
     * "Amalia Santisas, a resident near the river, shared her experience: “We evacuated ...”": a
     * quotation a colon introduces is said by the subject of the clause before the colon.
     */
    private Attribution introducedByColon(Reading reading, Speakers speakers, int openToken, AnnotatedText.Sentence sentence) {
        int colon = openToken - 1;
        if (colon <= sentence.firstToken() || !reading.token(colon).text().equals(":")
                || reading.annotated.dependencies().isEmpty()) {
            return new Attribution(false, null);
        }
        for (int k = colon - 1; k >= sentence.firstToken(); k--) {
            if (reading.token(k).tag().startsWith("VB") && speakers.subject(k) >= 0) {
                Optional<String> speaker = speakers.of(k);
                return speaker.map(key -> new Attribution(true, key)).orElse(new Attribution(false, null));
            }
        }
        return new Attribution(false, null);
    }

    private static boolean isQuoteMark(String token) {
        return token.equals("“") || token.equals("\"") || token.equals("``");
    }

    /** The speaker of a verb: from the parse when it has one, else the entity next to the verb. */
    private Optional<String> speaker(Reading reading, Speakers speakers, int verb, int from, int to) {
        if (!reading.annotated.dependencies().isEmpty() && speakers.subject(verb) >= 0) {
            return speakers.of(verb);
        }
        int k = verb - 1;
        while (k >= from && reading.token(k).tag().startsWith("RB")) {
            k--;
        }
        if (k >= from) {
            Optional<Span> subject = reading.spanEndingAt(k).filter(s -> s.type != EntityType.PLACE);
            if (subject.isPresent()) {
                return Optional.of(subject.get().key);
            }
        }
        if (verb + 1 < to) {
            return reading.spanStartingAt(verb + 1).filter(s -> s.type != EntityType.PLACE).map(s -> s.key);
        }
        return Optional.empty();
    }

    /** "according to X" between two tokens: X, when it is an entity (not a place). */
    private static Optional<Span> accordingTo(Reading reading, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if (reading.token(k).text().equalsIgnoreCase("according") && reading.token(k + 1).text().equals("to")) {
                int at = k + 2;
                if (reading.token(at).text().equalsIgnoreCase("the") && at + 1 < to) {
                    at++;
                }
                int named = k + 2;
                Optional<Span> source = reading.spanStartingAt(at).or(() -> reading.spanCovering(named))
                        .filter(s -> s.type != EntityType.PLACE);
                if (source.isPresent()) {
                    return source;
                }
            }
        }
        return Optional.empty();
    }

    /** Reported speech, from the parse: what each speech verb reports, and sentences "according to X". */
    private List<Found> indirect(Reading reading, DependencyIndex parse, Speakers speakers, List<Marked> marked) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedText.Sentence sentence : reading.annotated.sentences()) {
            if (sentence.end() > reading.bodyEnd) {
                break;
            }
            boolean any = false;
            for (int v = sentence.firstToken(); v < sentence.endToken(); v++) {
                if (!lists.isSpeechVerb(reading.token(v)) || insideQuotation(reading.token(v).begin(), marked)
                        || negated(reading, parse, v)) {
                    continue;
                }
                Optional<int[]> content = reported(reading, parse, v, sentence);
                if (content.isEmpty()) {
                    continue;
                }
                int begin = reading.token(content.get()[0]).begin();
                int end = reading.token(content.get()[1]).end();
                if (opensQuotation(begin, marked) || mostlyQuoted(begin, end, marked)
                        || MARKUP.matcher(reading.text.substring(begin, end)).find()) {
                    continue;
                }
                String speaker = speaker(reading, speakers, v, sentence.firstToken(), sentence.endToken()).orElse(null);
                speakers.spoke(speaker, begin);
                found.add(new Found(begin, end, reading.text.substring(begin, end), speaker, QuoteKind.INDIRECT));
                any = true;
            }
            if (!any) {
                according(reading, sentence, marked).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * The first and last token of what a speech verb reports: its clausal complement ("said (that) the
     * talks failed", before or after it: "The talks failed, he said"), the clause it comments on
     * ("The talks, he said, failed"), its object for verbs that announce ("announced plans to close"),
     * or its infinitive ("claims to possess").
     */
    private Optional<int[]> reported(Reading reading, DependencyIndex parse, int verb, AnnotatedText.Sentence sentence) {
        Integer head = null;
        List<Integer> except = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(verb)) {
            if (d.relation().equals("ccomp") && head == null) {
                head = d.dependent();
            }
        }
        if (head == null) {
            // "announced Monday it has settled": the clause after the verb, parsed as loosely attached.
            for (AnnotatedText.Dependency d : parse.dependents(verb)) {
                if (d.relation().equals("parataxis") && d.dependent() > verb) {
                    head = d.dependent();
                    break;
                }
            }
        }
        if (head == null) {
            for (AnnotatedText.Dependency d : parse.governors(verb)) {
                if (d.relation().equals("parataxis") || d.relation().startsWith("advcl") && d.governor() < verb) {
                    head = d.governor();
                    except.add(verb);
                    break;
                }
            }
        }
        if (head == null) {
            String lemma = reading.token(verb).lemma().toLowerCase(Locale.ROOT);
            for (AnnotatedText.Dependency d : parse.dependents(verb)) {
                if (d.relation().equals("obj") && OBJECT_CONTENT_LEMMAS.contains(lemma)
                        || d.relation().equals("xcomp") && OBJECT_CONTENT_LEMMAS.contains(lemma)) {
                    head = d.dependent();
                    break;
                }
            }
        }
        if (head == null) {
            return clauseAfter(reading, verb, sentence);
        }
        List<Integer> tokens = new ArrayList<>();
        subtree(reading, parse, head, sentence, except, tokens);
        if (head > verb) {
            // "said the bloc had drifted ... and had become a threat": the parse hangs the second verb on
            // "said"; what follows the clause, joined to the verb, is still what was said.
            for (AnnotatedText.Dependency d : parse.dependents(verb)) {
                if (d.relation().startsWith("conj") && d.dependent() > head && !lists.isSpeechVerb(reading.token(d.dependent()))) {
                    subtree(reading, parse, d.dependent(), sentence, except, tokens);
                }
            }
        }
        if (head > verb) {
            // What a verb reports after it does not reach back before it (a subject shared through "and").
            tokens.removeIf(t -> t < verb);
        }
        tokens.sort(Comparator.naturalOrder());
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int first = tokens.get(0);
        int last = tokens.get(tokens.size() - 1);
        if (first < verb && last > verb) {
            // "The instructors landed on Wednesday, the broadcaster said, adding ...": the attribution
            // stands inside; the longer side of it is what was said.
            List<Integer> attribution = new ArrayList<>();
            subtree(reading, parse, verb, sentence, List.of(head), attribution);
            int from = attribution.stream().min(Integer::compare).orElse(verb);
            int to = attribution.stream().max(Integer::compare).orElse(verb);
            int beforeLast = tokens.stream().filter(t -> t < from).max(Integer::compare).orElse(first);
            int afterFirst = tokens.stream().filter(t -> t > to).min(Integer::compare).orElse(last);
            if (beforeLast - first >= last - afterFirst) {
                last = beforeLast;
            } else {
                first = afterFirst;
            }
        }
        while (first < last && skippable(reading.token(first))) {
            first++;
        }
        while (last > first && (reading.token(last).tag().equals(".") || reading.token(last).tag().equals(",")
                || reading.token(last).tag().equals(":") || isQuoteMark(reading.token(last).text())
                || isClosingQuote(reading.token(last).text()))) {
            last--;
        }
        if (last - first < 2) {
            return Optional.empty();
        }
        if (openQuotes(reading, first, last) && last + 1 < sentence.endToken() && isClosingQuote(reading.token(last + 1).text())) {
            last++; // 'the talks had been "frank and useful"': the quotation it opens closes in it
        }
        return Optional.of(new int[] {first, last});
    }

    private static boolean isClosingQuote(String token) {
        return token.equals("”") || token.equals("\"") || token.equals("''");
    }

    /** Whether the words hold a quotation mark that opens and none that closes it. */
    private static boolean openQuotes(Reading reading, int first, int last) {
        int marks = 0;
        for (int k = first; k <= last; k++) {
            String t = reading.token(k).text();
            if (t.equals("“") || t.equals("``")) {
                marks++;
            } else if (t.equals("”") || t.equals("''")) {
                marks--;
            } else if (t.equals("\"")) {
                marks = marks > 0 ? marks - 1 : marks + 1;
            }
        }
        return marks > 0;
    }

    /**
     * When the parse gives the verb no clause (it misreads some: "Zeine said the United States' tone
     * ... were the “primary reason”"), a verb that reports a clause straight after it ("said", "added")
     * reports the rest of the sentence, if that opens like a clause (not "at a news conference") and
     * has a verb of its own.
     */
    private Optional<int[]> clauseAfter(Reading reading, int verb, AnnotatedText.Sentence sentence) {
        if (!CLAUSE_VERBS.contains(reading.token(verb).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int first = verb + 1;
        if (first < sentence.endToken() && reading.token(first).text().equals("that")) {
            first++;
        }
        int last = sentence.endToken() - 1;
        while (last > first && (reading.token(last).tag().equals(".") || isQuoteMark(reading.token(last).text()))) {
            last--;
        }
        if (first >= sentence.endToken() || last - first < 2 || !CLAUSE_OPENINGS.contains(reading.token(first).tag())) {
            return Optional.empty();
        }
        for (int k = first + 1; k <= last; k++) {
            if (reading.token(k).tag().startsWith("VB") || reading.token(k).tag().equals("MD")) {
                return Optional.of(new int[] {first, last});
            }
        }
        return Optional.empty();
    }

    private static boolean skippable(AnnotatedText.Token token) {
        return token.text().equals("that") || token.tag().equals(",") || token.tag().equals(":")
                || token.tag().equals("``") || isQuoteMark(token.text());
    }

    /**
     * The tokens a head governs in its sentence, not through the verb that reports it nor through
     * another speech verb ("adding that ...": what that one reports is its own quotation).
     */
    private void subtree(Reading reading, DependencyIndex parse, int node, AnnotatedText.Sentence sentence,
            List<Integer> except, List<Integer> tokens) {
        if (tokens.contains(node) || except.contains(node) || node < sentence.firstToken() || node >= sentence.endToken()) {
            return;
        }
        tokens.add(node);
        for (AnnotatedText.Dependency d : parse.dependents(node)) {
            boolean reportsItself = d.relation().equals("dep") || d.relation().startsWith("advcl") || d.relation().equals("parataxis");
            if (!d.relation().equals("ref") && !d.relation().contains("xsubj")
                    && !(reportsItself && lists.isSpeechVerb(reading.token(d.dependent())))) {
                subtree(reading, parse, d.dependent(), sentence, except, tokens);
            }
        }
    }

    private static boolean negated(Reading reading, DependencyIndex parse, int verb) {
        return parse.dependents(verb).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg"))
                && NEGATIONS.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
    }

    /** "According to the ministry, 40 people died.": the sentence but the attribution, said by the source. */
    private static Optional<Found> according(Reading reading, AnnotatedText.Sentence sentence, List<Marked> marked) {
        for (int k = sentence.firstToken(); k + 2 < sentence.endToken(); k++) {
            if (!reading.token(k).text().equalsIgnoreCase("according") || !reading.token(k + 1).text().equals("to")) {
                continue;
            }
            Optional<Span> source = accordingTo(reading, k, sentence.endToken());
            if (source.isEmpty()) {
                return Optional.empty();
            }
            int sourceEnd = reading.tokenAt(source.get().end - 1);
            int first = sentence.firstToken();
            int last = sentence.endToken() - 1;
            if (k == first || k == first + 1 && reading.token(first).tag().equals(",")) {
                first = sourceEnd + 1;
            } else {
                last = k - 1;
            }
            while (first < last && skippable(reading.token(first))) {
                first++;
            }
            while (last > first && (reading.token(last).tag().equals(".") || reading.token(last).tag().equals(","))) {
                last--;
            }
            if (last - first < 2) {
                return Optional.empty();
            }
            int begin = reading.token(first).begin();
            int end = reading.token(last).end();
            if (mostlyQuoted(begin, end, marked)) {
                return Optional.empty();
            }
            return Optional.of(new Found(begin, end, reading.text.substring(begin, end), source.get().key, QuoteKind.INDIRECT));
        }
        return Optional.empty();
    }

    private static boolean insideQuotation(int position, List<Marked> marked) {
        return marked.stream().anyMatch(m -> position > m.open && position < m.close);
    }

    /** Reported words that open with a direct quotation ("“...,” he said") are that quotation, not an indirect one. */
    private static boolean opensQuotation(int begin, List<Marked> marked) {
        return marked.stream().anyMatch(m -> begin >= m.open && begin <= m.close);
    }

    /** Reported words that are mostly a direct quotation are that quotation, not an indirect one. */
    private static boolean mostlyQuoted(int begin, int end, List<Marked> marked) {
        int quoted = 0;
        for (Marked m : marked) {
            quoted += Math.max(0, Math.min(end, m.close + 1) - Math.max(begin, m.open));
        }
        return quoted * 4 > (end - begin) * 3;
    }
}
