package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's leader referred to by a bare title: "The head of state noted ..." after "President Volodymyr
 * Zelensky", or "the President met ..." in a report about a president's trip that names him alone and never
 * gives him the title. The reference is the one person the report gives a title it stands for; when the report
 * gives that title to no one, the one person it names, when it names that person more than once (a report
 * about one leader, as official readouts of visits are). Runs after {@link TitleReferences}, which ties
 * "the president" to the title's one holder: stretches it has tied are left alone.
 */
final class LeaderReferences {

    /** A reference phrase ("the head of state"), compiled once, and the titles whose holder it refers to. */
    private record Reference(Pattern phrase, List<String> titles) {
    }

    private static final List<Reference> REFERENCES = references();

    void apply(Reading reading, List<Role> roles) {
        for (Reference reference : REFERENCES) {
            String person = referent(reading, roles, reference.titles());
            if (person == null) {
                continue;
            }
            Span named = reading.spans.stream().filter(s -> person.equals(s.key) && s.kind == Span.Kind.NAME)
                    .findFirst().orElse(null);
            if (named == null) {
                continue;
            }
            Matcher m = reference.phrase().matcher(reading.text);
            while (m.find()) {
                if (!bare(reading, m.end()) || reading.overlapsSpan(m.start(), m.end())) {
                    continue;
                }
                Span span = new Span(m.start(), m.end(), m.group(), Span.Kind.DESCRIPTION, EntityType.PERSON, named.name);
                span.key = person;
                reading.spans.add(span);
            }
        }
    }

    /** The title stands alone: not "the President of Tajikistan", "the president's", "the President, X". */
    private static boolean bare(Reading reading, int end) {
        if (reading.text.startsWith(" of ", end) || reading.text.startsWith("'s", end)
                || reading.text.startsWith("’s", end)) {
            return false;
        }
        int next = reading.tokenFrom(end);
        if (next >= reading.tokens().size()) {
            return true;
        }
        if (reading.token(next).text().equals(",")) {
            next++; // "the President, Ebrahim Raisi," is an apposition, for the role rules
        }
        return next >= reading.tokens().size()
                || reading.spanCovering(next).filter(s -> s.type == EntityType.PERSON).isEmpty();
    }

    /** The one holder of one of the titles; else, when none holds one, the one person named more than once. */
    private static String referent(Reading reading, List<Role> roles, List<String> titles) {
        Set<String> holders = new TreeSet<>();
        for (Role role : roles) {
            String title = role.title().toLowerCase(Locale.ROOT);
            if (titles.stream().anyMatch(t -> title.equals(t) || title.endsWith(" " + t))) {
                holders.add(role.person());
            }
        }
        if (!holders.isEmpty()) {
            return holders.size() == 1 ? holders.iterator().next() : null;
        }
        // "Ayatollah Raisi", "Dr Raisi" and "Seyyed Ebrahim Raisi" are one person, whom the fullest name names
        Set<String> surnames = new TreeSet<>();
        Span fullest = null;
        int mentions = 0;
        for (Span s : reading.spans) {
            if (s.type == EntityType.PERSON && s.kind == Span.Kind.NAME && s.end <= reading.bodyEnd && s.key != null) {
                String[] words = s.name.split("\\s+");
                surnames.add(words[words.length - 1]);
                mentions++;
                if (fullest == null || s.name.length() > fullest.name.length()) {
                    fullest = s;
                }
            }
        }
        return surnames.size() == 1 && mentions > 1 ? fullest.key : null;
    }

    private static List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        for (String[] row : WordLists.rows("leader-references.tsv")) {
            Pattern phrase = Pattern.compile("\\b[Tt]he " + Pattern.quote(row[0]) + "\\b", Pattern.CASE_INSENSITIVE);
            references.add(new Reference(phrase, List.of(row[1].split("\\|"))));
        }
        return references;
    }
}
