package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * "The President rejected the proposal", "the Foreign Minister said": an office written with a capital but
 * named by no one is tagged a proper noun, yet it is no name. As "police" or "the army" alone, its holder
 * acts for the country the report is about (EventArguments' state sectors), when the report is clearly about one.
 */
final class UnnamedOffices {

    private static final Set<String> DEFINITE = Set.of("the");

    private UnnamedOffices() {
    }

    /** Whether the token heads "the" + an office of the state, with no name of its own ("the President", not "President Ruto"). */
    static boolean isUnnamedOffice(int token, Reading reading, DependencyIndex parse, EventArguments args) {
        boolean definite = parse.dependents(token).stream().anyMatch(d -> d.relation().equals("det")
                && DEFINITE.contains(reading.token(d.dependent()).text().toLowerCase(Locale.ROOT)));
        boolean named = parse.dependents(token).stream().anyMatch(d -> (d.relation().equals("appos") || d.relation().equals("flat")
                || d.relation().equals("compound") && d.dependent() > token) && reading.token(d.dependent()).tag().startsWith("NNP"));
        return definite && !named && args.sectorOf(token) != null;
    }
}
