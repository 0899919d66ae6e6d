package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * "Vietnamese-led forces", "Saudi-led coalition jets": a force led by a country acts for it, as CAMEO codes it. The
 * parser hangs the word before the hyphen on the participle as an unlabelled dependent ("dep"), which an argument's
 * phrase otherwise passes over (EventArguments.NOT_IN_PHRASE); here it is the one who leads. Only the participles of
 * leading (leading-participles.txt): who backs or supports a force ("Syrian-backed militia") is not who acts.
 */
final class LedForces {

    private static final Set<String> LEADING = ArgumentWords.read("leading-participles.txt");

    private LedForces() {
    }

    /** Whether the dependent of a phrase's node is the leader of a force it says is led: "Vietnamese" of "Vietnamese-led". */
    static boolean leader(int node, AnnotatedText.Dependency d, Reading reading) {
        int leader = d.dependent();
        return d.relation().equals("dep") && leader == node - 2 && reading.token(node).tag().equals("VBN")
                && reading.token(node - 1).text().equals("-")
                && LEADING.contains(reading.token(node).text().toLowerCase(Locale.ROOT));
    }
}
