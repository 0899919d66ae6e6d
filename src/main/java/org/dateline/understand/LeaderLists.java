package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of plural titles each with its own list of countries: "met with the presidents of Ghana and Senegal, and
 * the prime ministers of Norway and Chile". Each listed country is a party, as with one plural title ("the
 * presidents of Ghana and Senegal", which the parser joins well). After the comma the parser loses the second
 * title: it hangs the "and" on the verb as a bare {@code dep} and the title under the "and", so the phrase the
 * event rules follow from the verb ends at the first list. This finds the titles so left over, to be read as
 * conjuncts of the first.
 */
final class LeaderLists {

    /** How far above the title the lost "and" may hang: its head, and the verb above a noun head. */
    private static final int HEADS_UP = 2;

    private LeaderLists() {
    }

    /**
     * The plural titles with "of" joined to the one at the token by an "and" the parser hung on the title's
     * head or the word above that, after the token; none when the token is not itself a plural noun with an "of" phrase.
     */
    static List<Integer> strayTitles(int token, Reading reading, DependencyIndex parse) {
        if (!pluralWithOf(token, reading, parse)) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>();
        // the "and" hangs on the title's head ("met with the presidents") or one above it ("held talks with")
        int node = token;
        for (int step = 0; step < HEADS_UP && found.isEmpty(); step++) {
            List<AnnotatedText.Dependency> up = parse.governors(node).stream().filter(d -> !d.relation().equals("root")).toList();
            if (up.isEmpty()) {
                break;
            }
            node = up.get(0).governor();
            for (AnnotatedText.Dependency and : parse.dependents(node)) {
                if (and.relation().equals("dep") && and.dependent() > token && isAnd(and.dependent(), reading)) {
                    for (AnnotatedText.Dependency title : parse.dependents(and.dependent())) {
                        if (title.relation().equals("dep") && titleWithOf(title.dependent(), reading, parse)) {
                            found.add(title.dependent());
                        }
                    }
                }
            }
        }
        // or the parser reads the second title as one more country of the first: "the Presidents of Ghana, Kenya
        // and the Prime Ministers of Norway" with "Ministers" an "of" of "Presidents"
        for (AnnotatedText.Dependency of : parse.dependents(token)) {
            if (of.relation().equals("nmod:of") && titleWithOf(of.dependent(), reading, parse)) {
                found.add(of.dependent());
            }
        }
        return found;
    }

    private static boolean isAnd(int token, Reading reading) {
        return reading.token(token).tag().equals("CC") && reading.token(token).lemma().equalsIgnoreCase("and");
    }

    /**
     * A second title as the parser leaves it: a noun of no name with an "of" phrase ("Prime Ministers of Norway",
     * which the tagger may take for a proper noun of one).
     */
    private static boolean titleWithOf(int token, Reading reading, DependencyIndex parse) {
        return reading.token(token).tag().startsWith("NN") && reading.spanCovering(token).isEmpty()
                && parse.dependents(token).stream().anyMatch(d -> d.relation().equals("nmod:of"));
    }

    /** "the presidents of Ghana", "the Prime Ministers of Pakistan": a plural noun with an "of" phrase. */
    private static boolean pluralWithOf(int token, Reading reading, DependencyIndex parse) {
        String tag = reading.token(token).tag();
        return (tag.equals("NNS") || tag.equals("NNPS"))
                && parse.dependents(token).stream().anyMatch(d -> d.relation().equals("nmod:of"));
    }
}
