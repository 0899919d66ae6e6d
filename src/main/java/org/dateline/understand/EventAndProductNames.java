package org.dateline.understand;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the engine types as organisations or places that name something else: an event ("Paris Air
 * Show", "the Worldwide Developers Conference (WWDC)", event-words.txt), and a product named after its
 * maker with a model designation ("Airbus A380", "Boeing 737s", "iPhone 3GS"), which is the aircraft or
 * the phone, not the company (a place keeps its number: "Air Base 201"). Such spans are dropped, and for an event those of the same name
 * elsewhere too (its acronym). An event's name that begins with the name of an organisation or place
 * the report names by itself ("the Google Science Fair", with Google named elsewhere) still mentions it.
 */
final class EventAndProductNames {

    /** A model designation: "A380", "737", "737s", "787-8", "3GS", "A400M". */
    private static final Pattern MODEL = Pattern.compile("\\G\\s+(\\p{Lu}{0,3}\\d{2,4}[\\p{Alnum}-]*)\\b");

    private final WordLists lists;

    EventAndProductNames(WordLists lists) {
        this.lists = lists;
    }

    void apply(Reading reading) {
        Set<String> events = new HashSet<>();
        Set<Span> products = new HashSet<>();
        for (Span span : reading.spans) {
            if (span.kind != Span.Kind.NAME || span.type == EntityType.PERSON || span.type == EntityType.COUNTRY) {
                continue;
            }
            String last = span.name.substring(span.name.lastIndexOf(' ') + 1);
            if (lists.eventWords.contains(last)) {
                events.add(span.name);
            } else if (span.type == EntityType.ORGANIZATION && namesAModel(reading, span)) {
                products.add(span);
            }
        }
        reading.spans.removeAll(products);
        List<Span> dropped = reading.spans.stream().filter(s -> s.type != EntityType.PERSON && s.type != EntityType.COUNTRY
                && events.contains(s.name) && (s.kind == Span.Kind.NAME || s.kind == Span.Kind.DESCRIPTION)).toList();
        reading.spans.removeAll(dropped);
        for (Span event : dropped) {
            organiserOf(reading, event).ifPresent(reading.spans::add);
        }
    }

    /** "Google Science Fair": the span of "Google" when the report names Google by itself elsewhere. */
    private static Optional<Span> organiserOf(Reading reading, Span event) {
        return reading.spans.stream()
                .filter(s -> s.kind == Span.Kind.NAME && s.type != EntityType.PERSON && event.text.startsWith(s.text + " "))
                .max(Comparator.comparingInt(s -> s.text.length()))
                .map(s -> new Span(event.begin, event.begin + s.text.length(), s.text, Span.Kind.NAME, s.type, s.name));
    }

    /** "Airbus A380": the name is followed by a model designation, or ends with one the engine took. */
    private static boolean namesAModel(Reading reading, Span span) {
        java.util.regex.Matcher m = MODEL.matcher(reading.text);
        if (m.find(span.end) && m.start() == span.end) {
            return true;
        }
        return span.text.contains(" ") && span.text.substring(span.text.lastIndexOf(' ') + 1).matches("\\p{Lu}{0,3}\\d{2,4}[\\p{Alnum}-]*");
    }
}
