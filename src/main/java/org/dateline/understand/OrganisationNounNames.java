package org.dateline.understand;

import java.util.List;
import java.util.Locale;

/**
 * A name the engine did not see, said by the noun after it to be an organisation's: a run of proper
 * nouns followed by one of the nouns that name organisations ("the Sea Org group", "the Zetas
 * network", see speaker-nouns.tsv) is the name of an organisation, which {@link NameRepetitions}
 * then finds wherever the report repeats it. A run at the head of a sentence counts only after "the",
 * where a capital says nothing.
 */
final class OrganisationNounNames {

    private final WordLists lists;

    OrganisationNounNames(WordLists lists) {
        this.lists = lists;
    }

    void apply(Reading reading) {
        List<AnnotatedText.Token> tokens = reading.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && isProperNoun(tokens.get(end))) {
                end++;
            }
            if (end == i) {
                i++;
                continue;
            }
            if (end < tokens.size() && end < reading.sentenceOf(i).endToken()
                    && lists.organisationNouns.contains(tokens.get(end).text()) && introduced(reading, i)) {
                AnnotatedText.Token first = tokens.get(i);
                AnnotatedText.Token last = tokens.get(end - 1);
                if (first.end() <= reading.bodyEnd && !reading.overlapsSpan(first.begin(), last.end())
                        && !namedByEngine(reading, first.begin(), last.end())) {
                    String text = reading.text.substring(first.begin(), last.end());
                    reading.spans.add(new Span(first.begin(), last.end(), text, Span.Kind.NAME, EntityType.ORGANIZATION, text));
                }
            }
            i = end;
        }
    }

    private static boolean isProperNoun(AnnotatedText.Token token) {
        return token.tag().startsWith("NNP") && Character.isUpperCase(token.text().charAt(0));
    }

    /** After "the" ("the Sea Org group"), or inside a sentence, where a capital marks a name. */
    private static boolean introduced(Reading reading, int first) {
        if (first > 0 && reading.token(first - 1).text().toLowerCase(Locale.ROOT).equals("the")) {
            return true;
        }
        return reading.sentenceOf(first).firstToken() != first;
    }

    /** The engine saw a name there (of whatever type, a date's words too): not ours to type. */
    private static boolean namedByEngine(Reading reading, int begin, int end) {
        return reading.annotated.names().stream().anyMatch(n -> n.begin() < end && begin < n.end())
                || reading.annotated.dates().stream().anyMatch(d -> d.begin() < end && begin < d.end());
    }
}
