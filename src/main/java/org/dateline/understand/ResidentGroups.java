package org.dateline.understand;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A people named by a demonym and placed in another country ("ethnic Albanians in south Serbia", "the Serbs of
 * Bosnia") acts, as CAMEO and PLOVER code it, for the country it lives in, not for the one its name comes from:
 * the gold codes "Albanians of southern Serbia" SRB. A people named alone ("Albanians protested") keeps its
 * demonym's country.
 */
final class ResidentGroups {

    /** How a phrase places a people: "Albanians in Serbia", "the Serbs of Bosnia". */
    private static final Set<String> PLACING = Set.of("nmod:in", "nmod:of", "nmod:inside", "nmod:within");

    private ResidentGroups() {
    }

    /** The country the people at the token lives in, when its phrase places it in another; none otherwise. */
    static List<EventArguments.Argument> countryLivedIn(int token, Reading reading, DependencyIndex parse, EventArguments args,
            Set<String> exclude) {
        Optional<Span> span = reading.spanCovering(token);
        if (span.isEmpty() || span.get().kind != Span.Kind.DEMONYM || span.get().type != EntityType.COUNTRY
                || !reading.token(token).tag().matches("NNP?S")) {
            return List.of();
        }
        for (AnnotatedText.Dependency d : parse.dependents(token)) {
            if (PLACING.contains(d.relation())) {
                for (EventArguments.Argument a : args.entitiesIn(d.dependent(), exclude, true)) {
                    if (a.key().startsWith(EntityType.COUNTRY + ":") && !a.key().equals(span.get().key)) {
                        return List.of(new EventArguments.Argument(a.key(), null));
                    }
                }
            }
        }
        return List.of();
    }
}
