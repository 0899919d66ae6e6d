package org.dateline.understand;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "During his meeting with the Kenyan president, Li said ...", "After her election, Ms Ardern met ...": a
 * possessive pronoun in a phrase set before the clause it modifies, and off from it by a comma, refers ahead,
 * to the subject of that clause (cataphora), not to the last person named before it. Read only when that
 * subject is a person named after the pronoun; every other possessive is left to the backward search.
 */
final class CataphoricPossessives {

    private static final Set<String> POSSESSIVES = Set.of("his", "her");
    /** How a preposed phrase hangs on the clause it modifies: "during his visit", "after meeting his counterpart". */
    private static final Set<String> ADJUNCTS = Set.of("obl", "advcl", "nmod");
    /** How many steps up from the pronoun the phrase's head may be: "during the first day of his visit". */
    private static final int DEPTH = 4;

    private CataphoricPossessives() {
    }

    /** The person the possessive at the token refers ahead to; empty when it is no such possessive. */
    static Optional<Span> antecedent(int token, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token t = reading.token(token);
        if (!t.tag().equals("PRP$") || !POSSESSIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        AnnotatedText.Sentence sentence = reading.sentenceOf(token);
        // "After Ruto's talks with his deputy, Li said": a person named before the pronoun is the one it refers to
        for (int k = sentence.firstToken(); k < token; k++) {
            if (reading.spanCovering(k).filter(s -> s.type == EntityType.PERSON).isPresent()) {
                return Optional.empty();
            }
        }
        int node = token;
        for (int step = 0; step < DEPTH; step++) {
            Optional<AnnotatedText.Dependency> up = parse.governors(node).stream().findFirst();
            if (up.isEmpty() || up.get().governor() < 0) {
                return Optional.empty();
            }
            int head = up.get().governor();
            String relation = PatternMatcher.base(up.get().relation());
            if (ADJUNCTS.contains(relation) && reading.token(head).tag().startsWith("VB") && node < head) {
                return subjectAfter(head, token, sentence, reading, parse);
            }
            node = head;
        }
        return Optional.empty();
    }

    /** The person named as the clause's subject after the pronoun, with a comma between them. */
    private static Optional<Span> subjectAfter(int clause, int pronoun, AnnotatedText.Sentence sentence, Reading reading,
            DependencyIndex parse) {
        for (AnnotatedText.Dependency d : parse.dependents(clause)) {
            if (!d.relation().equals("nsubj") || d.dependent() < pronoun) {
                continue;
            }
            Optional<Span> subject = reading.spanCovering(d.dependent())
                    .filter(s -> s.type == EntityType.PERSON && s.key != null && s.kind == Span.Kind.NAME);
            if (subject.isEmpty()) {
                return Optional.empty();
            }
            int first = reading.tokenAt(subject.get().begin);
            for (int k = pronoun + 1; k < first && k < sentence.endToken(); k++) {
                if (reading.token(k).text().equals(",")) {
                    return subject;
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}
