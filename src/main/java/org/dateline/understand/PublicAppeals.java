package org.dateline.understand;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "We call on the public to remain calm", "it is calling on all persons who witnessed the dispute to come forward",
 * "police are requesting the public's assistance": a request addressed to the public at large (public-addressees.txt)
 * names no party it is made of, yet it is a request, told with no target as the development gold codes it. Without
 * this reading it is dropped for want of a target, the public naming no entity. Only where the addressee's phrase names
 * no entity at all ("the Kenyan public" is Kenya's, found as a target before this is asked).
 */
final class PublicAppeals {

    private static final Set<String> PUBLIC = ArgumentWords.read("public-addressees.txt");
    /** Where a request names whom it is made of: "urged residents", "called on the public", "appealed to motorists". */
    private static final Set<String> ADDRESSING = Set.of("obj", "iobj", "obl:on", "obl:upon", "obl:to");

    /** How the act asked for hangs on the request: "called on the public to remain calm". */
    private static final Set<String> ASKED_CLAUSE = Set.of("advcl:to", "xcomp");

    private PublicAppeals() {
    }

    /** Whether the request at verb {@code p} is made of the public: its addressee, or the one whose help it asks, is. */
    static boolean addressed(int p, Reading reading, DependencyIndex parse, EventArguments args) {
        if (!reading.token(p).tag().startsWith("VB") || EventArguments.isPassive(p, reading, parse)) {
            return false;
        }
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            // "called on the public to remain calm": the parser makes the public the subject of the clause asked for
            List<Integer> addressees = ASKED_CLAUSE.contains(d.relation()) ? subjects(d.dependent(), parse)
                    // "requesting the public's assistance": the help asked for is the public's
                    : d.relation().equals("obj") ? List.of(d.dependent(), possessor(d.dependent(), parse))
                    : ADDRESSING.contains(d.relation()) ? List.of(d.dependent()) : List.of();
            for (int a : addressees) {
                if (a >= 0 && PUBLIC.contains(reading.token(a).lemma().toLowerCase(Locale.ROOT))
                        && args.entitiesIn(a, Set.of()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Integer> subjects(int clause, DependencyIndex parse) {
        return parse.dependents(clause).stream().filter(d -> d.relation().equals("nsubj"))
                .map(AnnotatedText.Dependency::dependent).toList();
    }

    private static int possessor(int noun, DependencyIndex parse) {
        return parse.dependents(noun).stream().filter(d -> d.relation().equals("nmod:poss"))
                .mapToInt(AnnotatedText.Dependency::dependent).findFirst().orElse(-1);
    }
}
