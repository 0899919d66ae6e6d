package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * Acts that only a state does (arresting, detaining, sentencing, fining: state-acts.txt), told in the passive
 * with no agent: "dozens were arrested", "eight members of the party were detained", "Yoo was sentenced to a
 * four-year term", "the defendants were also fined". The report need not say who: its police or its courts,
 * that is the state of the country it is about, as "police arrested dozens" is read (EventArguments). A report
 * about no one country gives no actor, and so no event.
 */
final class StateActs {

    private static final Set<String> VERBS = ArgumentWords.read("state-acts.txt");

    /** What such acts are: coercion (arrests, sentences) and a court's sanction (fines). */
    private static final Set<String> CATEGORIES = Set.of("COERCE", "SANCTION");

    private StateActs() {
    }

    /** Whether the predicate is a state's act, of the event's category, told in the passive without its agent. */
    static boolean toldWithoutAgent(String category, int p, Reading reading, DependencyIndex parse) {
        return CATEGORIES.contains(category) && VERBS.contains(reading.token(p).lemma().toLowerCase(Locale.ROOT))
                && EventArguments.isPassive(p, reading, parse)
                && parse.dependents(p).stream().noneMatch(d -> d.relation().equals("obl:agent"));
    }
}
