package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "I" and "we" in a direct quotation stand, as event arguments, for the one the report says spoke it: "'We call on
 * Togo to release the prisoners,' the foreign minister of Ghana said" is the minister's request, "'I urge the whole
 * world'" the speaker's appeal. Only the subject of a verb in the plain present or the present perfect counts: a
 * speech act said in the first person present is done by saying it ("we call on", "I urge", "we reject"), and one
 * said in the perfect is told by its doer ("I have asked the secretary to probe"), whereas "I was offered a warm
 * welcome" or "we will be meeting" tell of other acts the quotation alone does not place. The spans are for the
 * event layer only: the understander takes them out again before it lists mentions, so that a pronoun is not
 * reported as a mention of the speaker's name.
 */
final class QuotedFirstPersons {

    private static final Set<String> FIRST_PERSONS = Set.of("i", "we");

    /** Adds a span over each first-person subject pronoun of a direct quotation with a speaker; returns those added. */
    List<Span> apply(Reading reading, List<QuotationFinder.Found> quotes) {
        List<Span> added = new ArrayList<>();
        Set<Integer> performers = new HashSet<>();
        List<AnnotatedText.Dependency> dependencies = reading.annotated.dependencies();
        for (AnnotatedText.Dependency d : dependencies) {
            if (d.relation().equals("nsubj") && d.governor() >= 0 && (plainPresent(reading, dependencies, d.governor())
                    || presentPerfect(reading, dependencies, d.governor()))) {
                performers.add(d.dependent());
            }
        }
        for (QuotationFinder.Found quote : quotes) {
            if (quote.speaker() == null || quote.kind() != QuoteKind.DIRECT) {
                continue;
            }
            Optional<Span> named = reading.spans.stream().filter(s -> quote.speaker().equals(s.key)).findFirst();
            if (named.isEmpty()) {
                continue;
            }
            for (int t = reading.tokenAt(quote.begin()); t >= 0 && t < reading.tokens().size()
                    && reading.token(t).begin() < quote.end(); t++) {
                AnnotatedText.Token token = reading.token(t);
                if (token.begin() < quote.begin() || !token.tag().equals("PRP") || !performers.contains(t)
                        || !FIRST_PERSONS.contains(token.text().toLowerCase(Locale.ROOT)) || reading.spanCovering(t).isPresent()) {
                    continue;
                }
                Span span = new Span(token.begin(), token.end(), token.text(), Span.Kind.PRONOUN, named.get().type,
                        named.get().name);
                span.key = quote.speaker();
                reading.spans.add(span);
                added.add(span);
            }
        }
        return added;
    }

    /** "we call on", "I urge": a present verb with no auxiliary, the act done in the saying. */
    private static boolean plainPresent(Reading reading, List<AnnotatedText.Dependency> dependencies, int verb) {
        return reading.token(verb).tag().equals("VBP") && auxiliaries(dependencies, verb).isEmpty();
    }

    /**
     * "I have asked the secretary to probe", "we haven't talked with them": a present perfect tells of an act the
     * speaker has done, as its own. A future ("we will be meeting"), a modal or a "do" ("we do not rule out") does
     * not: it tells of an act not yet done, or only of its absence.
     */
    private static boolean presentPerfect(Reading reading, List<AnnotatedText.Dependency> dependencies, int verb) {
        List<Integer> auxiliaries = auxiliaries(dependencies, verb);
        return reading.token(verb).tag().equals("VBN") && auxiliaries.size() == 1
                && reading.token(auxiliaries.get(0)).tag().equals("VBP")
                && reading.token(auxiliaries.get(0)).lemma().equals("have");
    }

    private static List<Integer> auxiliaries(List<AnnotatedText.Dependency> dependencies, int verb) {
        return dependencies.stream().filter(a -> a.governor() == verb && a.relation().startsWith("aux"))
                .map(AnnotatedText.Dependency::dependent).toList();
    }
}
