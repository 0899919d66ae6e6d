package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * A reproach the report tells as received, not made: "Sotto embraced the criticism as a compliment", "Kenya
 * dismissed the allegations", "the minister faced accusations of fraud". The noun of reproach is an event noun
 * (criticism is criticize's), whose actor would otherwise be the subject of the verb that takes it; but one
 * who receives or answers a reproach is the one reproached. The reproach is no event of its own there: who made it
 * is told elsewhere, if at all, and the answer (a rejection) is its own event.
 */
final class ReceivedReproaches {

    private static final Set<String> NOUNS = ArgumentWords.read("reproach-nouns.txt");
    private static final Set<String> RECEIVERS = ArgumentWords.read("reproach-receivers.txt");

    private ReceivedReproaches() {
    }

    /** Whether the noun at {@code n} is a reproach a verb of receiving or answering takes, within two steps. */
    static boolean received(int n, Reading reading, DependencyIndex parse) {
        AnnotatedText.Token t = reading.token(n);
        if (!t.tag().startsWith("NN") || t.tag().startsWith("NNP") || !NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the first verb above the noun, through at most one more noun ("faced a wave of accusations")
        return parse.ancestors(n, 2).stream().filter(h -> reading.token(h).tag().startsWith("VB")).findFirst()
                .map(h -> reading.token(h).lemma().toLowerCase(Locale.ROOT))
                .map(lemma -> RECEIVERS.contains(lemma) || ArgumentWords.RESPONSE_VERBS.contains(lemma)).orElse(false);
    }
}
