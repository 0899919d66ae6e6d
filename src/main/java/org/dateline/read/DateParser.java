package org.dateline.read;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as English news text writes them: "Tue Mar 19 2024", "March 19, 2024", "19 Mar 2024",
 * "2024-03-19T10:15:00Z", "Tuesday, March 19, 2024 10:32 AM", "March 2024", and in datelines
 * "May 15" or "3 March" without a year.
 */
final class DateParser {

    /** A date and, when the text named one, its weekday (which can settle an unstated year). */
    record DateMatch(PartialDate date, DayOfWeek weekday) {
    }

    static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
            + "|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,?\\s+)?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})";
    // A time and zone after the date ("10:32 AM", "at 14:05 GMT", "| 09:00 EST") says nothing
    // about the day and is ignored.
    private static final String TIME = "(?:\\s*[,|·•-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?"
            + "\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?(?:[a-z]{2,5}|(?:gmt|utc)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)\\)?)?)?";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile(
            "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})"
                    + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2})?)?", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME, FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + DAY + "(?:\\s*[-–/]\\s*|\\s+)" + MONTH + "(?:,?\\s+|\\s*[-–/]\\s*)" + YEAR + TIME, FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+" + YEAR, FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            WEEKDAY + MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            WEEKDAY + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?", FLAGS);

    /** "15.08.2023" and "15/08/2023": day first unless the first number cannot be a day-of-month reading. */
    private static final Pattern NUMERIC_DMY = Pattern.compile(
            "(?<day>\\d{1,2})(?<sep>[./])(?<month>\\d{1,2})\\k<sep>(?<year>(?:19|20)\\d{2})" + TIME, FLAGS);
    /** "2023/08/15" and "2023.08.15". */
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<year>(?:19|20)\\d{2})(?<sep>[./])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + TIME, FLAGS);
    /** Forms a timestamp inside a longer metadata line may take, most specific first. */
    private static final Pattern[] FINDABLE = {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, NUMERIC_YMD, NUMERIC_DMY};

    /** A date found inside a line, with where it stands. */
    record Found(DateMatch match, int start, int end) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private DateParser() {
    }

    /**
     * A line that is nothing but a date with a year (time of day allowed): the date line under a
     * headline. Null when the line is anything else, so sentences are never taken for dates.
     */
    static DateMatch parseDateLine(String line) {
        String s = line.strip();
        if (s.length() > 60) {
            return null;
        }
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_YEAR}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                DateMatch match = toMatch(m, p == ISO);
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    /**
     * The first complete date (with a year) anywhere in a short line, for timestamp lines that
     * carry words around the date ("Published on 15.08.2023 10:42 GMT | Jane Doe"). Null when
     * there is none.
     */
    static Found find(String line) {
        Found best = null;
        for (Pattern p : FINDABLE) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                int end = m.end();
                while (end > m.start() && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                if (!atWordBoundaries(line, m.start(), end)) {
                    continue;
                }
                DateMatch match = p == NUMERIC_DMY ? numericDayFirst(m) : toMatch(m, p == ISO || p == NUMERIC_YMD);
                if (match != null && (best == null || m.start() < best.start())) {
                    best = new Found(match, m.start(), end);
                }
                break;
            }
        }
        return best;
    }

    private static boolean atWordBoundaries(String s, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1));
        boolean after = end == s.length() || !Character.isLetterOrDigit(s.charAt(end));
        return before && after;
    }

    /** Day first ("15.08.2023"), unless only the month-first reading is a date ("08/15/2023"). */
    private static DateMatch numericDayFirst(Matcher m) {
        int first = Integer.parseInt(m.group("day"));
        int second = Integer.parseInt(m.group("month"));
        int year = Integer.parseInt(m.group("year"));
        int day = first;
        int month = second;
        if (second > 12 && first <= 12) {
            day = second;
            month = first;
        }
        try {
            LocalDate.of(year, month, day);
            return new DateMatch(new PartialDate(year, month, day), null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date part of a dateline ("May 15", "3 March", "March 3, 2024", "Tuesday, May 14"). */
    static DateMatch parseDatelineDate(String text) {
        String s = text.strip();
        for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH, ISO}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return toMatch(m, p == ISO);
            }
        }
        return null;
    }

    /** Month number of an English month name or abbreviation; 0 when it is none. */
    static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) {
            return 0;
        }
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    private static DateMatch toMatch(Matcher m, boolean numeric) {
        try {
            int month = numeric ? Integer.parseInt(m.group("month")) : monthNumber(m.group("month"));
            Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
            Integer day = groupOrNull(m, "day");
            if (day != null) {
                if (year != null) {
                    LocalDate.of(year, month, day);
                }
            }
            DayOfWeek weekday = null;
            String w = groupOrNullString(m, "weekday");
            if (w != null) {
                weekday = WEEKDAYS.get(w.substring(0, 3).toLowerCase(Locale.ROOT));
            }
            return new DateMatch(new PartialDate(year, month, day), weekday);
        } catch (DateTimeException | IllegalArgumentException e) {
            // "February 30" and the like: not a date, so not a date line.
            return null;
        }
    }

    private static Integer groupOrNull(Matcher m, String group) {
        String value = groupOrNullString(m, group);
        return value == null ? null : Integer.valueOf(value);
    }

    private static String groupOrNullString(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null; // the pattern has no such group
        }
    }
}
