package org.dateline.understand;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal pronouns ("he", "his", "she") refer to the person last mentioned before them, in the
 * same paragraph or the one before. A rule, not the engine's statistical coreference: that costs
 * about six times the rest of the engine and merged countries on the seeds.
 */
final class PronounResolver {

    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

    void apply(Reading reading) {
        for (int i = 0; i < reading.tokens().size(); i++) {
            AnnotatedText.Token token = reading.token(i);
            if (!PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT)) || !token.tag().startsWith("PRP")) {
                continue;
            }
            int paragraph = reading.paragraphStart(token.begin());
            int earliest = paragraph == 0 ? 0 : reading.paragraphStart(paragraph - 2);
            Optional<Span> antecedent = reading.spans.stream()
                    .filter(s -> s.type == EntityType.PERSON && s.key != null && s.end <= token.begin() && s.begin >= earliest)
                    .max(Comparator.comparingInt(s -> s.end));
            antecedent.ifPresent(person -> {
                Span span = new Span(token.begin(), token.end(), token.text(), Span.Kind.PRONOUN, EntityType.PERSON, person.name);
                span.key = person.key;
                reading.spans.add(span);
            });
        }
    }
}
