package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The government ordered the opposition newspaper La Prensa to suspend publication", "ordered the aid agency to close
 * its offices": an order to another party to stop an activity (stopping-verbs.txt) is coercion, PLOVER COERCE of the
 * one ordered, not a request. Only another party counts: the actor's own side (its troops, its officials) is excluded
 * as a target, and an order with no one else named stays as the lexicon reads it. The parser often hangs the name of a
 * party introduced by its common noun ("the newspaper La Prensa") as a loose dependent of the noun, so that is read too.
 */
final class OrdersToStop {

    private static final Set<String> ORDERING = Set.of("order");
    private static final Set<String> STOPPING = ArgumentWords.read("stopping-verbs.txt");
    /** How a common noun hangs the name that follows it: "the opposition newspaper La Prensa". */
    private static final Set<String> NAMED_AFTER = Set.of("dep", "appos");

    private OrdersToStop() {
    }

    /** Whether the predicate orders someone to stop an activity: "ordered X to suspend publication". */
    static boolean told(int p, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token t = reading.token(p);
        return t.tag().startsWith("VB") && ORDERING.contains(t.lemma().toLowerCase(Locale.ROOT))
                && parse.dependents(p).stream().anyMatch(d -> d.relation().equals("xcomp")
                        && STOPPING.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)));
    }

    /** The parties ordered: the object's entities, else the name the parser hangs loosely on it; none excluded. */
    static List<EventArguments.Argument> ordered(int p, Reading reading, DependencyIndex parse, EventArguments args,
            Set<String> exclude) {
        List<EventArguments.Argument> found = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if (!d.relation().equals("obj")) {
                continue;
            }
            found.addAll(args.entitiesIn(d.dependent(), exclude));
            if (found.isEmpty()) {
                parse.dependents(d.dependent()).stream().filter(a -> NAMED_AFTER.contains(a.relation()) && a.dependent() > d.dependent()
                        && reading.token(a.dependent()).tag().startsWith("NNP"))
                        .forEach(a -> found.addAll(args.entitiesIn(a.dependent(), exclude)));
            }
        }
        return found.stream().distinct().toList();
    }
}
