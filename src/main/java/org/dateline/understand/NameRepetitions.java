package org.dateline.understand;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person named in full is later named by one of the words of that name, which the engine does not
 * always see ("Jobs said that Apple ...", at the head of a sentence; "Xi said" of Xi Jinping): a
 * capitalised proper noun that is a word of the name of one person the report names ("Steve Jobs"),
 * and that is no part of another name, is a mention of that person. A word of two people's names
 * ("Odinga" of Raila and Ida Odinga), or also of the name of an organisation or place of the report
 * ("Ford" the company and William Clay Ford), is left alone. So with organisations: the name of one
 * the engine typed, met again untyped ("Apple confirmed"), is that organisation, and so is the end of
 * its name when the engine found that a name ("Scientology" of the Church of Scientology).
 */
final class NameRepetitions {

    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    void apply(Reading reading) {
        untypedEndsOfOrganisations(reading);
        organisations(reading);
        people(reading);
    }

    /**
     * The engine named "Church of Scientology" an organisation but "Scientology" alone only a name of
     * no known type (MISC): a name it left untyped that ends the name of an organisation the report
     * names is that organisation, met by its shorter name.
     */
    private static void untypedEndsOfOrganisations(Reading reading) {
        List<String> organisations = reading.spans.stream()
                .filter(s -> s.type == EntityType.ORGANIZATION && s.kind == Span.Kind.NAME && s.text.contains(" "))
                .map(s -> s.text).distinct().toList();
        for (AnnotatedText.Name name : reading.annotated.names()) {
            String text = name.text();
            if (!name.type().equals("MISC") || text.length() < 3 || !Character.isUpperCase(text.charAt(0))
                    || reading.overlapsSpan(name.begin(), name.end())) {
                continue;
            }
            if (organisations.stream().anyMatch(org -> org.endsWith(" " + text))) {
                reading.spans.add(new Span(name.begin(), name.end(), text, Span.Kind.NAME, EntityType.ORGANIZATION, text));
            }
        }
    }

    /**
     * An organisation the engine typed once ("Apple", "Apple Inc.") and missed elsewhere ("Apple
     * confirmed that ..."): every other occurrence of the name, or of the name without its corporate
     * form, is that organisation.
     */
    private static void organisations(Reading reading) {
        Set<String> names = new HashSet<>();
        Set<String> otherNames = new HashSet<>();
        for (Span span : reading.spans) {
            if (span.type == EntityType.ORGANIZATION && span.kind == Span.Kind.NAME) {
                names.add(span.text);
                String bare = span.text.replaceFirst("\\s+(Inc\\.?|Corp\\.?|Corporation|Company|Co\\.|LLC|Ltd\\.?|PLC|plc|AG|SA)$", "");
                if (!bare.equals(span.text)) {
                    names.add(bare);
                }
            } else {
                otherNames.add(span.text);
            }
        }
        names.removeAll(otherNames);
        for (String name : names) {
            if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(name)
                    + "(?![\\p{L}\\p{N}])").matcher(reading.text);
            while (m.find()) {
                int first = reading.tokenAt(m.start());
                int last = reading.tokenAt(m.end() - 1);
                if (first < 0 || last < 0 || reading.token(first).begin() != m.start() || reading.token(last).end() != m.end()
                        || reading.overlapsSpan(m.start(), m.end()) || partOfLongerName(reading, first, last)) {
                    continue;
                }
                reading.spans.add(new Span(m.start(), m.end(), name, Span.Kind.NAME, EntityType.ORGANIZATION, name));
            }
        }
    }

    private static void people(Reading reading) {
        Set<String> known = new HashSet<>();
        Map<String, String> ownerOfWord = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Span span : reading.spans) {
            if (span.type == EntityType.PERSON && span.kind == Span.Kind.NAME) {
                for (String word : span.text.split("\\s+")) {
                    if (SUFFIXES.contains(word)) {
                        continue;
                    }
                    String owner = ownerOfWord.putIfAbsent(word, span.text);
                    if (owner != null && !owner.equals(span.text) && !owner.contains(span.text) && !span.text.contains(owner)) {
                        shared.add(word); // "Raila Odinga" and "Ida Odinga": "Odinga" alone is either
                    }
                    known.add(word);
                }
            }
        }
        known.removeAll(shared);
        Set<String> otherNames = reading.spans.stream().filter(s -> s.type != EntityType.PERSON)
                .flatMap(s -> List.of(s.text.split("\\s+")).stream()).collect(Collectors.toSet());
        known.removeAll(otherNames);
        known.removeIf(word -> word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || word.endsWith("."));
        if (known.isEmpty()) {
            return;
        }
        List<AnnotatedText.Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            AnnotatedText.Token token = tokens.get(i);
            // The tagger may take a capitalised surname for a common noun ("the Cruise video" as NN):
            // inside a sentence its capital is enough.
            boolean proper = token.tag().startsWith("NNP") || !isSentenceStart(reading, i);
            if (!known.contains(token.text()) || !proper || reading.overlapsSpan(token.begin(), token.end())
                    || partOfLongerName(reading, i, i)) {
                continue;
            }
            reading.spans.add(new Span(token.begin(), token.end(), token.text(), Span.Kind.NAME, EntityType.PERSON,
                    token.text()));
        }
    }

    /** "Jobs Act": a capitalised word right before or after makes it part of a name the engine did not type. */
    private static boolean partOfLongerName(Reading reading, int first, int last) {
        return capitalised(reading, first - 1) && !isSentenceStart(reading, first - 1) || capitalised(reading, last + 1);
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
