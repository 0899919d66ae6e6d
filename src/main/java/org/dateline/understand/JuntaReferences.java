package org.dateline.understand;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "The junta", "the ruling junta", "Niger's ruling junta": a military government, which the
 * engine does not recognise. It stands for the country named with it ("Niger's ruling junta"), else
 * for the ruling council the report introduced by its acronym ("the ruling military council, known
 * as the CNSP"), else for the country the report names most often.
 */
final class JuntaReferences {

    private static final Pattern JUNTA = Pattern.compile(
            "(?:(?<the>[Tt]he)\\s+)?(?:(?:ruling|military|new)\\s+){0,2}junta\\b(?!s)");

    void apply(Reading reading) {
        Matcher m = JUNTA.matcher(reading.text);
        while (m.find()) {
            if (reading.overlapsSpan(m.start(), m.end())) {
                continue;
            }
            Optional<Span> target = possessor(reading, m.start()).or(() -> rulingCouncil(reading))
                    .or(() -> mostNamedCountry(reading));
            if (target.isPresent()) {
                Span span = new Span(m.start(), m.end(), m.group(), Span.Kind.DESCRIPTION, target.get().type,
                        target.get().name);
                reading.spans.add(span);
            }
        }
    }

    private static Optional<Span> rulingCouncil(Reading reading) {
        return reading.spans.stream()
                .filter(s -> s.kind == Span.Kind.DESCRIPTION && s.type == EntityType.ORGANIZATION
                        && s.text.matches("(?i).*\\b(ruling|military)\\b.*\\b(council|committee)\\b.*"))
                .findFirst();
    }

    private static Optional<Span> possessor(Reading reading, int begin) {
        int index = reading.tokenAt(begin);
        if (index < 2 || !Reading.isPossessive(reading.token(index - 1).text())) {
            return Optional.empty();
        }
        return reading.spanEndingAt(index - 2).filter(s -> s.type == EntityType.COUNTRY);
    }

    private static Optional<Span> mostNamedCountry(Reading reading) {
        Map<String, Long> counts = reading.spans.stream().filter(s -> s.type == EntityType.COUNTRY)
                .collect(Collectors.groupingBy(s -> s.name, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(best -> reading.spans.stream().filter(s -> s.type == EntityType.COUNTRY && s.name.equals(best.getKey()))
                        .findFirst());
    }

}
