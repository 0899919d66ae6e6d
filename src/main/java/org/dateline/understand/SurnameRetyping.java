package org.dateline.understand;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's surname used alone is sometimes typed as a place or organisation by the engine
 * ("talks between Tiani and ..." gave LOCATION): a one-word name equal to the last word of a
 * person's full name in the same report is that person. So is a capital the lists read as the power
 * seated there ("Paris" of Valeska Paris, whom the report goes on to call "Paris").
 */
final class SurnameRetyping {

    void apply(Reading reading) {
        Set<String> surnames = reading.spans.stream()
                .filter(s -> s.type == EntityType.PERSON && s.kind == Span.Kind.NAME && s.text.contains(" "))
                .map(s -> s.text.substring(s.text.lastIndexOf(' ') + 1))
                .collect(Collectors.toSet());
        for (java.util.ListIterator<Span> it = reading.spans.listIterator(); it.hasNext(); ) {
            Span span = it.next();
            if (span.type != EntityType.PERSON && (span.kind == Span.Kind.NAME || span.kind == Span.Kind.METONYM)
                    && !span.text.contains(" ") && surnames.contains(span.text)) {
                it.set(new Span(span.begin, span.end, span.text, Span.Kind.NAME, EntityType.PERSON, span.text));
            }
        }
    }
}
