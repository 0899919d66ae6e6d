package org.dateline.understand;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a capital ("Washington", "Niamey") is used for the power seated there or for the
 * place itself. A place reading needs a locative word before it ("in Niamey", "near Niamey",
 * "visited Niamey") or a determiner ("the Niamey airport"); a possessive ("Washington's
 * adversaries") or any other context reads it as the power. In a coordination ("close to Tehran and
 * Moscow") the second capital is read as the first one is.
 */
final class MetonymReading {

    private static final Set<String> PLACE_CUES = Set.of("in", "near", "at", "from", "to", "into", "outside",
            "around", "across", "via", "visited", "visit", "visiting", "the", "of", "towards", "toward");

    boolean standsForPower(Reading reading, int begin, int end) {
        String after = reading.text.substring(end, Math.min(reading.text.length(), end + 2));
        if (after.startsWith("'s") || after.startsWith("’s")) {
            return true;
        }
        int index = reading.tokenAt(begin);
        if (index <= 0) {
            return true;
        }
        String previous = reading.token(index - 1).text().toLowerCase(Locale.ROOT);
        if ((previous.equals("and") || previous.equals("or")) && index >= 2) {
            AnnotatedText.Token first = reading.token(index - 2);
            return standsForPower(reading, first.begin(), first.end());
        }
        return !PLACE_CUES.contains(previous);
    }
}
