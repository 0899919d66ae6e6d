package org.dateline.understand;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's surname used alone is sometimes typed as a place or organisation by the engine
 * ("talks between Tiani and ..." gave LOCATION): a one-word name equal to the last word of a
 * person's full name in the same report is that person.
 */
final class SurnameRetyping {

    void apply(Reading reading) {
        Set<String> surnames = reading.spans.stream()
                .filter(s -> s.type == EntityType.PERSON && s.kind == Span.Kind.NAME && s.text.contains(" "))
                .map(s -> s.text.substring(s.text.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
        for (Span span : reading.spans) {
            if (span.type != EntityType.PERSON && span.kind == Span.Kind.NAME && !span.text.contains(" ")
                    && surnames.contains(span.text)) {
                span.type = EntityType.PERSON;
                span.name = span.text;
            }
        }
    }
}
