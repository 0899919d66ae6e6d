package org.dateline.understand;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person named in full is later named by one of the words of that name, which the engine does not
 * always see ("Jobs said that Apple ...", at the head of a sentence): a capitalised proper noun that
 * is the surname of a person the report names in full ("Steve Jobs"), or a one-word name it already
 * knows as a person's, and that is no part of another name, is a mention of that person. A word that
 * is also the name of an organisation or place of the report ("Ford" the company and William Clay
 * Ford) is left alone.
 */
final class NameRepetitions {

    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    void apply(Reading reading) {
        Set<String> known = new HashSet<>();
        for (Span span : reading.spans) {
            if (span.type == EntityType.PERSON && span.kind == Span.Kind.NAME) {
                List<String> words = List.of(span.text.split("\\s+"));
                int last = words.size() - 1;
                while (last > 0 && SUFFIXES.contains(words.get(last))) {
                    last--;
                }
                known.add(words.get(last));
            }
        }
        Set<String> otherNames = reading.spans.stream().filter(s -> s.type != EntityType.PERSON)
                .flatMap(s -> List.of(s.text.split("\\s+")).stream()).collect(Collectors.toSet());
        known.removeAll(otherNames);
        known.removeIf(word -> word.length() < 3 || !Character.isUpperCase(word.charAt(0)));
        if (known.isEmpty()) {
            return;
        }
        List<AnnotatedText.Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedText.Token token = tokens.get(i);
            if (!known.contains(token.text()) || !token.tag().startsWith("NNP") || reading.overlapsSpan(token.begin(), token.end())
                    || partOfLongerName(reading, i)) {
                continue;
            }
            reading.spans.add(new Span(token.begin(), token.end(), token.text(), Span.Kind.NAME, EntityType.PERSON,
                    token.text()));
        }
    }

    /** "Jobs Act": a capitalised word right before or after makes it part of a name the engine did not type. */
    private static boolean partOfLongerName(Reading reading, int i) {
        return capitalised(reading, i - 1) && !isSentenceStart(reading, i - 1) || capitalised(reading, i + 1);
    }

    private static boolean capitalised(Reading reading, int i) {
        if (i < 0 || i >= reading.tokens().size()) {
            return false;
        }
        AnnotatedText.Token t = reading.token(i);
        return t.tag().startsWith("NNP") && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isSentenceStart(Reading reading, int i) {
        return reading.sentenceOf(i).firstToken() == i;
    }
}
