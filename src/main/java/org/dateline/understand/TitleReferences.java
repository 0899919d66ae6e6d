package org.dateline.understand;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person referred to by title alone: "Niger's prime minister says ...", "the Nigerien prime
 * minister criticized ..." refer to the person the report gives that title of that country; "the
 * president emphasized" to the one person the report gives that title, when it gives it to one only.
 */
final class TitleReferences {

    void apply(Reading reading, List<Role> roles) {
        withOwner(reading, roles);
        alone(reading, roles);
    }

    /** "the president", where one person only holds the title in the report. */
    private static void alone(Reading reading, List<Role> roles) {
        Map<String, Set<String>> holders = new HashMap<>();
        for (Role role : roles) {
            if (role.title().equals(role.title().toLowerCase(Locale.ROOT))) {
                holders.computeIfAbsent(role.title(), t -> new HashSet<>()).add(role.person());
            }
        }
        holders.forEach((title, people) -> {
            if (people.size() != 1) {
                return;
            }
            String person = people.iterator().next();
            Optional<Span> named = reading.spans.stream().filter(s -> person.equals(s.key)).findFirst();
            if (named.isEmpty()) {
                return;
            }
            Matcher m = Pattern.compile("\\b[Tt]he " + Pattern.quote(title)
                    + "\\b", Pattern.CASE_INSENSITIVE).matcher(reading.text);
            while (m.find()) {
                int next = reading.tokenFrom(m.end());
                boolean namedNext = next < reading.tokens().size() && reading.token(next).begin() <= m.end() + 1
                        && reading.spanCovering(next).filter(s -> s.type == EntityType.PERSON).isPresent();
                boolean ofSomething = reading.text.startsWith(" of ", m.end()) || reading.text.startsWith("'s", m.end());
                if (namedNext || ofSomething || reading.overlapsSpan(m.start(), m.end())) {
                    continue;
                }
                Span span = new Span(m.start(), m.end(), m.group(), Span.Kind.DESCRIPTION, EntityType.PERSON, named.get().name);
                span.key = person;
                reading.spans.add(span);
            }
        });
    }

    private static void withOwner(Reading reading, List<Role> roles) {
        for (Role role : roles) {
            if (role.of() == null) {
                continue;
            }
            String[] titleWords = role.title().split(" ");
            for (Span owner : List.copyOf(reading.spans)) {
                if (!role.of().equals(owner.key) || owner.type == EntityType.PERSON) {
                    continue;
                }
                int last = reading.tokenAt(owner.end - 1);
                if (last < 0) {
                    continue;
                }
                int k = last + 1;
                if (k < reading.tokens().size() && Reading.isPossessive(reading.token(k).text())) {
                    k++;
                }
                if (!matches(reading, k, titleWords)) {
                    continue;
                }
                int end = reading.token(k + titleWords.length - 1).end();
                int next = k + titleWords.length;
                boolean namedNext = next < reading.tokens().size()
                        && reading.spanCovering(next).filter(s -> s.type == EntityType.PERSON).isPresent();
                if (namedNext || reading.overlapsSpan(owner.end, end)) {
                    continue;
                }
                int first = reading.tokenAt(owner.begin);
                int begin = first > 0 && Set.of("the", "The").contains(reading.token(first - 1).text())
                        ? reading.token(first - 1).begin() : owner.begin;
                Optional<Span> person = reading.spans.stream().filter(s -> role.person().equals(s.key)).findFirst();
                person.ifPresent(p -> {
                    Span span = new Span(begin, end, reading.text.substring(begin, end), Span.Kind.DESCRIPTION,
                            EntityType.PERSON, p.name);
                    span.key = p.key;
                    reading.spans.add(span);
                });
            }
        }
    }

    private static boolean matches(Reading reading, int from, String[] words) {
        if (from + words.length > reading.tokens().size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!reading.token(from + i).text().equalsIgnoreCase(words[i])) {
                return false;
            }
        }
        return true;
    }
}
