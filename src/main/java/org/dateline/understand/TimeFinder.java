package org.dateline.understand;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date expressions in the body with the engine's value normalised against the report's date.
 * Kept: dates with a calendar value (day, month or year). Left out: durations ("a decade"), sets
 * ("daily"), vague stretches to come ("the coming months", "the next few weeks", which SUTime turns
 * into a month it guesses), parts of a day ("the 20th minute", "an hour later"), words of a name
 * ("Edmonton Sun"), the modal verb "may", a bare "years ago" (how many?), and values the report date
 * could not resolve ("XXXX-07").
 *
 * <p>Where the engine's value is known to go wrong, the rules correct it:
 * <ul>
 * <li>a day of the week alone ("on Tuesday") is the last such day up to the report's date (the
 * engine may take the one after it), or the next one when the sentence speaks of the future ("will
 * meet on Friday"); "last Friday" the one before, "next Friday" the one after;</li>
 * <li>"two years ago", "this year", "last year", "next year" are years, "three months ago", "this
 * month", "next month" months, not the day the engine counts back to;</li>
 * <li>a part of a day told by its day ("yesterday afternoon") is that day, not a clock time;</li>
 * <li>each year of a stretch ("over 2000 - 2050"), which the engine gives the stretch's length, is its year.</li>
 * </ul>
 */
final class TimeFinder {

    private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Vague stretches of time to come: no date. "next month" is one, "the coming months" none. */
    private static final Pattern VAGUE_FUTURE = Pattern.compile(
            "(?i)\\b(coming|upcoming|future|following|next)\\b.*\\b(days|weeks|months|years|decades)\\b|\\b(few|several)\\b");
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\b(minutes?|hours?|seconds?)\\b");
    /** A day of the week, with no month and no number beside it: "Tuesday", "last Friday", "the end of the day Saturday". */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?!.*(\\d|january|february|march|april|may|june|july|august|september|october|november|december))"
                    + ".*?\\b(?<which>last|this|next|past)?\\s*(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*$");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)^((nearly|about|almost|some|around|over|more than)\\s+)?(\\S+\\s+)?(years?|decades?)\\s+ago$|^(this|last|next|past)\\s+year$");
    /** "years ago", "months ago" without a number: no telling how many. */
    private static final Pattern VAGUE_AGO = Pattern.compile("(?i)^(days|weeks|months|years|decades)\\s+ago$");
    /** A part of a day told by its day ("yesterday afternoon", "this morning", "last night"): that day. */
    private static final Pattern DAY_PART = Pattern.compile(
            "(?i)^(yesterday|today|tomorrow|tonight)(\\s+(morning|afternoon|evening|night))?$|^(this|last)\\s+(morning|afternoon|evening|night)$");
    /** "this may change", "it may be": the modal verb, which the engine reads as the month when no number is beside it. */
    private static final Pattern MODAL_MAY = Pattern.compile("^(?!.*\\d).*\\bmay\\b.*$");
    /** A year alone, which the engine reads as the end of a stretch ("over 2000 - 2050"). */
    private static final Pattern YEAR = Pattern.compile("^(1[0-9]|20)\\d{2}$");
    private static final Pattern MONTHS = Pattern.compile("(?i)^(\\S+\\s+)?months?\\s+ago$|^(this|last|next|past)\\s+month$");
    private static final Pattern FUTURE_TENSE = Pattern.compile(
            "(?i)\\b(will|shall|'ll|next|upcoming|scheduled|due to|(is|are) (set )?to|expected to|plans? to|planned)\\b");
    /** Times told against another time of the text, not the report's: "the previous year", "that day". */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)\\b(previous|before|following|same|entire|whole|that)\\b|^the (day|week|month|year)$"
                    + "|\\b(first|second|third|fourth|fifth|sixth|seventh|final|last)\\s+day\\b");
    /**
     * A feast named alone ("Christmas", "New Year"): a season more often than a day, and not the same
     * day everywhere (the Lunar New Year); "Christmas Day" or "New Year's Eve" stay dates.
     */
    private static final Pattern FEAST = Pattern.compile("(?i)^(the\\s+)?(new year|christmas|easter|thanksgiving|halloween)$");
    /** "Edmonton Sun": a short day name after a capitalised word is part of a name. */
    private static final Pattern SHORT_DAY = Pattern.compile("^(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)^(?:(?:on|in|early|late|mid)[\\s-]+)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december)"
            + "(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?)?$");

    record Found(int begin, int end, String text, String value) {
    }

    /**
     * @param reportDate the report's date when fully known; null when not (then the engine gives only
     *                   absolute dates a value)
     */
    List<Found> find(Reading reading, LocalDate reportDate) {
        List<Found> found = new ArrayList<>();
        for (AnnotatedText.DateExpression engineDate : reading.annotated.dates()) {
            AnnotatedText.DateExpression date = yearOfStretch(engineDate);
            if (date.end() > reading.bodyEnd || date.value() == null || !isDate(date)
                    || VAGUE_AGO.matcher(date.text().strip()).matches() || MODAL_MAY.matcher(date.text()).matches()
                    || VAGUE_FUTURE.matcher(date.text()).find() || PART_OF_DAY.matcher(date.text()).find()
                    || ANAPHORIC.matcher(date.text()).find() || FEAST.matcher(date.text().strip()).matches()
                    || insideName(reading, date) || shortDayInName(reading, date)) {
                continue;
            }
            String value = corrected(reading, date, reportDate);
            if (value == null || !CALENDAR_VALUE.matcher(value).matches()) {
                continue;
            }
            found.add(new Found(date.begin(), date.end(), date.text(), value));
        }
        return found;
    }

    /**
     * A DATE, or a TIME of a day of the week ("Saturday night" is 2007-03-03TNI) or of a day told
     * against the report's ("yesterday afternoon"): its day. Not a clock time.
     */
    private static boolean isDate(AnnotatedText.DateExpression date) {
        String text = date.text().strip();
        return "DATE".equals(date.type()) || "TIME".equals(date.type()) && date.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")
                && (WEEKDAY.matcher(text).matches() || DAY_PART.matcher(text).matches()) && !text.matches(".*\\d.*");
    }

    /**
     * "over 2000 - 2050": the engine gives each year the stretch's length; each is its year. Not a
     * number the engine took for the length itself ("a 2000 year old tradition", P2000Y).
     */
    private static AnnotatedText.DateExpression yearOfStretch(AnnotatedText.DateExpression date) {
        String text = date.text().strip();
        if ("DURATION".equals(date.type()) && YEAR.matcher(text).matches() && date.value() != null
                && !date.value().contains(text)) {
            return new AnnotatedText.DateExpression(date.begin(), date.end(), date.text(), "DATE", text);
        }
        return date;
    }

    private static boolean shortDayInName(Reading reading, AnnotatedText.DateExpression date) {
        int token = reading.tokenAt(date.begin());
        return SHORT_DAY.matcher(date.text()).matches() && token > 0
                && Character.isUpperCase(reading.token(token - 1).text().charAt(0));
    }

    private static boolean insideName(Reading reading, AnnotatedText.DateExpression date) {
        return reading.spans.stream().anyMatch(s -> s.kind == Span.Kind.NAME && s.begin < date.end() && date.begin() < s.end);
    }

    private static String corrected(Reading reading, AnnotatedText.DateExpression date, LocalDate reportDate) {
        String value = "TIME".equals(date.type()) ? date.value().substring(0, 10) : date.value();
        String text = date.text().strip();
        if (reportDate != null) {
            Matcher weekday = WEEKDAY.matcher(text);
            if (weekday.matches()) {
                return weekday(weekday, reportDate, future(reading, date)).toString();
            }
        }
        if (value == null || !value.matches("\\d{4}.*")) {
            return value;
        }
        if (reportDate != null) {
            Matcher monthDay = MONTH_DAY.matcher(text);
            if (monthDay.matches()) {
                return inYear(reportDate, Month.valueOf(monthDay.group("month").toUpperCase(Locale.ROOT)),
                        monthDay.group("day") == null ? null : Integer.parseInt(monthDay.group("day")),
                        future(reading, date));
            }
        }
        if (YEARS.matcher(text).matches()) {
            return value.substring(0, 4);
        }
        if (MONTHS.matcher(text).matches() && value.length() >= 7) {
            return value.substring(0, 7);
        }
        return value;
    }

    /**
     * A month, or a month and day, without its year ("November 20", "in January"): of the report's
     * year, but of the year after when the sentence speaks of the future and it has passed, of the
     * year before when it speaks of the past and it lies more than three months ahead (a report of
     * January that tells of December).
     */
    private static String inYear(LocalDate reportDate, Month month, Integer day, boolean future) {
        int year = reportDate.getYear();
        LocalDate date = day == null ? LocalDate.of(year, month, 1)
                : LocalDate.of(year, month, Math.min(day, month.length(Year.isLeap(year))));
        LocalDate reference = day == null ? reportDate.withDayOfMonth(1) : reportDate;
        if (future && date.isBefore(reference)) {
            date = date.plusYears(1);
        } else if (!future && date.isAfter(reference.plusMonths(3))) {
            date = date.minusYears(1);
        }
        return day == null ? date.toString().substring(0, 7) : date.toString();
    }

    private static LocalDate weekday(Matcher m, LocalDate reportDate, boolean future) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
        String which = m.group("which") == null ? "" : m.group("which").toLowerCase(Locale.ROOT);
        int back = (reportDate.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        int ahead = (day.getValue() - reportDate.getDayOfWeek().getValue() + 7) % 7;
        return switch (which) {
            case "last", "past" -> reportDate.minusDays(back == 0 ? 7 : back);
            case "next" -> reportDate.plusDays(ahead == 0 ? 7 : ahead);
            default -> future && ahead != 0 ? reportDate.plusDays(ahead) : reportDate.minusDays(back);
        };
    }

    /** Whether the sentence of the expression speaks of what is to come ("will meet on Friday"). */
    private static boolean future(Reading reading, AnnotatedText.DateExpression date) {
        int token = reading.tokenAt(date.begin());
        if (token < 0) {
            return false;
        }
        AnnotatedText.Sentence sentence = reading.sentenceOf(token);
        // From the last verb in the past before it: "Ford will buy the plant, an official said Friday" is past.
        int from = sentence.begin();
        for (int i = sentence.firstToken(); i < token; i++) {
            if (reading.token(i).tag().equals("VBD")) {
                from = reading.token(i).end();
            }
        }
        String before = reading.text.substring(from, date.begin());
        return FUTURE_TENSE.matcher(before).find();
    }
}
