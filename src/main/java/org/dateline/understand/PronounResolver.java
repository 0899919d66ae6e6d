package org.dateline.understand;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Personal pronouns ("he", "his", "she") refer to the person last mentioned before them, in the
 * same paragraph or the one before; a possessive in a phrase set before its clause, to the clause's subject
 * ({@link CataphoricPossessives}). A pronoun in the narrative refers to a person the narrative named, not
 * one named only inside a quotation ("“I was welcomed by President Akufo-Addo,” his tweet read. ... he
 * has met" is the tweet's author): a quotation is another voice, whose names are not the narrator's topic. A rule, not the engine's statistical coreference: that costs
 * about six times the rest of the engine and merged countries on the seeds.
 */
final class PronounResolver {

    /** Whether one of the span's words is the subject of a clause (its head, in a name, is the last word). */
    private static boolean isSubject(Span span, Reading reading, Set<Integer> subjects) {
        for (int t = reading.tokenAt(span.begin); t >= 0 && t < reading.tokens().size() && reading.token(t).begin() < span.end; t++) {
            if (subjects.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pronoun is a subject, or the possessor of one ("his tweet read"): such a pronoun
     * continues the topic, the last person who was a subject.
     */
    private static boolean inSubject(int token, DependencyIndex parse, Set<Integer> subjects) {
        if (subjects.contains(token)) {
            return true;
        }
        return parse.governors(token).stream()
                .anyMatch(d -> d.relation().equals("nmod:poss") && subjects.contains(d.governor()));
    }

    /** The relations by which an object pronoun hangs on its verb: "invited him", "gave her", "met with him". */
    private static boolean objectRelation(String relation) {
        return relation.equals("obj") || relation.equals("iobj") || relation.startsWith("obl");
    }

    /**
     * The entity keys of the subject of the verb an object pronoun ("him", "her") depends on, or of the verb that
     * verb is coordinated with ("discussed the crisis and invited him"): persons the pronoun cannot mean. Empty
     * for a pronoun that is no object.
     */
    private static Set<String> clauseSubjectKeys(int pronoun, Reading reading, DependencyIndex parse) {
        String word = reading.token(pronoun).text().toLowerCase(Locale.ROOT);
        Set<String> keys = new HashSet<>();
        if (!OBJECT_PRONOUNS.contains(word) || !reading.token(pronoun).tag().equals("PRP")) {
            return keys;
        }
        for (AnnotatedText.Dependency d : parse.governors(pronoun)) {
            if (!objectRelation(d.relation()) || !reading.token(d.governor()).tag().startsWith("VB")) {
                continue;
            }
            Set<Integer> verbs = new HashSet<>();
            verbs.add(d.governor());
            parse.governors(d.governor()).stream().filter(g -> g.relation().startsWith("conj")).forEach(g -> verbs.add(g.governor()));
            for (int verb : verbs) {
                parse.dependents(verb).stream().filter(c -> c.relation().equals("nsubj"))
                        .forEach(c -> reading.spanCovering(c.dependent()).filter(s -> s.key != null).ifPresent(s -> keys.add(s.key)));
            }
        }
        return keys;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");

    private static boolean quoted(int offset, List<QuotationFinder.Marked> marks) {
        return marks.stream().anyMatch(m -> m.open() < offset && offset < m.close());
    }

    static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");

    void apply(Reading reading) {
        Set<Integer> subjects = new HashSet<>();
        reading.annotated.dependencies().stream().filter(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"))
                .forEach(d -> subjects.add(d.dependent()));
        DependencyIndex parse = reading.parse;
        List<QuotationFinder.Marked> marks = QuotationFinder.quotationMarks(reading.text, reading.bodyEnd);
        for (int i = 0; i < reading.tokens().size(); i++) {
            AnnotatedText.Token token = reading.token(i);
            if (!PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT)) || !token.tag().startsWith("PRP")) {
                continue;
            }
            // "During his meeting with ..., Li said": refers ahead (CataphoricPossessives)
            Optional<Span> ahead = CataphoricPossessives.antecedent(i, reading, parse);
            if (ahead.isPresent()) {
                Span span = new Span(token.begin(), token.end(), token.text(), Span.Kind.PRONOUN, EntityType.PERSON, ahead.get().name);
                span.key = ahead.get().key;
                reading.spans.add(span);
                continue;
            }
            int paragraph = reading.paragraphStart(token.begin());
            int earliest = paragraph == 0 ? 0 : reading.paragraphStart(paragraph - 2);
            List<Span> candidates = reading.spans.stream()
                    .filter(s -> s.type == EntityType.PERSON && s.key != null && s.end <= token.begin() && s.begin >= earliest)
                    .toList();
            if (!quoted(token.begin(), marks)) {
                List<Span> narrated = candidates.stream().filter(s -> !quoted(s.begin, marks)).toList();
                if (!narrated.isEmpty()) {
                    candidates = narrated;
                }
            }
            // "Momen met Cavusoglu and invited him to visit": an object pronoun is not the subject of its own clause
            // (a reflexive would be), so that person is no antecedent of it
            Set<String> clauseSubjects = clauseSubjectKeys(i, reading, parse);
            if (!clauseSubjects.isEmpty()) {
                candidates = candidates.stream().filter(s -> !clauseSubjects.contains(s.key)).toList();
            }
            // A pronoun that is a subject continues the last person who was one, before any person merely
            // mentioned since: "Kuleba arrived ... and met President Akufo-Addo. ... he has met with" is Kuleba.
            Optional<Span> antecedent = Optional.empty();
            if (inSubject(i, parse, subjects)) {
                antecedent = candidates.stream().filter(s -> isSubject(s, reading, subjects)).max(Comparator.comparingInt(s -> s.end));
            }
            if (antecedent.isEmpty()) {
                antecedent = candidates.stream().max(Comparator.comparingInt(s -> s.end));
            }
            antecedent.ifPresent(person -> {
                Span span = new Span(token.begin(), token.end(), token.text(), Span.Kind.PRONOUN, EntityType.PERSON, person.name);
                span.key = person.key;
                reading.spans.add(span);
            });
        }
    }
}
