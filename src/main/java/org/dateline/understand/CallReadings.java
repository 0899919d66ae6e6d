package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of its senses a "call" has, told by the shape of its clause rather than by its words alone. The CAMEO
 * dictionary reads "call on" as a request and "call up" as a mobilisation, and the bare verb as a telephone call;
 * news uses the verb in three more ways that those readings turn into wrong events:
 * <ul>
 * <li>a courtesy call: "the executive director called on Foreign Minister Momen" asks nothing; a call on
 * someone is a visit (CAMEO 042) unless a request is told with it ("called on Togo to release the prisoners",
 * "called on the UN for help", "called on them not to", "called on the government that ...");</li>
 * <li>a telephone call: "Rahul called me up" calls up a person, not reservists;</li>
 * <li>a naming: "calling Lopez Obrador by his initials" (call-naming-nouns.txt) is no call at all.</li>
 * </ul>
 * The visit and the telephone readings are lines of event-lexicon-additions.tsv (particle "on", mode visit;
 * particle "up", mode phone); this class keeps, of a "call"'s lines, those of the sense its clause has.
 */
final class CallReadings {

    private static final Set<String> NAMING_NOUNS = ArgumentWords.read("call-naming-nouns.txt");
    /** Relations by which a clause tells what is asked: a to-clause, a that-clause, a "for" phrase, an object. */
    private static final Set<String> ASKING = Set.of("xcomp", "ccomp", "obl:for", "obj");

    private CallReadings() {
    }

    /** The lines of the predicate's lexicon entries that fit the sense its clause gives "call"; others' unchanged. */
    static List<EventLexicon.Entry> fitting(List<EventLexicon.Entry> entries, int p, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token token = reading.token(p);
        if (!token.tag().startsWith("VB") || !token.lemma().toLowerCase(Locale.ROOT).equals("call")) {
            return entries;
        }
        if (namesSomeone(p, reading, parse)) {
            return List.of();
        }
        boolean visit = callsOnSomeone(p, reading, parse);
        boolean phone = callsUpAPerson(p, reading, parse);
        return entries.stream().filter(e -> {
            boolean visitLine = "visit".equals(e.mode()) && e.particle().equals(List.of("on"));
            boolean phoneLine = "phone".equals(e.mode()) && e.particle().equals(List.of("up"));
            if (visit) {
                return visitLine;
            }
            if (phone) {
                return phoneLine;
            }
            return !visitLine && !phoneLine;
        }).toList();
    }

    /**
     * "called on the minister", with nothing asked of him: an "on" phrase that names someone ("called on Monday"
     * names a day) and no clause, "for" phrase or object.
     */
    private static boolean callsOnSomeone(int p, Reading reading, DependencyIndex parse) {
        List<AnnotatedText.Dependency> own = parse.dependents(p);
        return own.stream().anyMatch(d -> (d.relation().equals("obl:on") || d.relation().equals("obl:upon"))
                        && reading.spanCovering(d.dependent()).filter(s -> s.type != EntityType.PLACE).isPresent())
                && own.stream().noneMatch(d -> ASKING.contains(d.relation()) || d.relation().startsWith("advcl"));
    }

    /** "called me up", "called up the president": "up" with a person (a personal pronoun or a named person) as object. */
    private static boolean callsUpAPerson(int p, Reading reading, DependencyIndex parse) {
        List<AnnotatedText.Dependency> own = parse.dependents(p);
        boolean up = own.stream().anyMatch(d -> d.relation().equals("compound:prt")
                && reading.token(d.dependent()).text().equalsIgnoreCase("up"));
        return up && own.stream().filter(d -> d.relation().equals("obj")).anyMatch(d -> reading.token(d.dependent()).tag().equals("PRP")
                || reading.spanCovering(d.dependent()).filter(s -> s.type == EntityType.PERSON).isPresent());
    }

    /** "calling Lopez Obrador by his initials": a "by" phrase headed by a noun of naming. */
    private static boolean namesSomeone(int p, Reading reading, DependencyIndex parse) {
        return parse.dependents(p).stream().anyMatch(d -> d.relation().equals("obl:by")
                && NAMING_NOUNS.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }
}
