package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Date expressions in the body with the engine's value normalised against the report's date.
 * Kept: dates with a calendar value (day, month or year). Left out: durations ("a decade"), sets
 * ("daily"), references to the present or future ("now", "the coming months", which SUTime turns
 * into a month it guesses), and values the report date could not resolve ("XXXX-07").
 */
final class TimeFinder {

    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern FUTURE_WORDS = Pattern.compile("(?i)\\b(coming|next|upcoming|future|following)\\b");

    record Found(int begin, int end, String text, String value) {
    }

    List<Found> find(Reading reading) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedText.DateExpression date : reading.annotated.dates()) {
            if (date.end() > reading.bodyEnd || !"DATE".equals(date.type()) || date.value() == null
                    || !CALENDAR_VALUE.matcher(date.value()).matches() || FUTURE_WORDS.matcher(date.text()).find()) {
                continue;
            }
            found.add(new Found(date.begin(), date.end(), date.text(), date.value()));
        }
        return found;
    }
}
