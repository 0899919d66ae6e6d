package org.dateline.read;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supplies the year a dateline leaves out ("Niamey, May 15 (RHC)--") from the report itself.
 *
 * <p>A report is written after the past events it dates, so the latest year Y it mentions
 * (outside sentences about the future) bounds its publication from below. If the dateline's
 * month and day in Y fall before an event the report dates in Y ("October 2023" for May 15),
 * the report must be from Y + 1; otherwise Y. A weekday in the dateline settles the choice
 * when exactly one of the two candidates falls on it.
 */
public final class YearInference {

    static final String NOT_INFERABLE = "year not stated and could not be inferred";

    // Sentences about the future mention years that have not happened yet.
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|won't|shall|plans?|planned|planning|scheduled|slated|next|expected|expects|upcoming|due to|intends?|aims? to|by the end of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[\\p{Lu}\\d])|\\n+");
    // A year as news text writes one: after a month, or after a word that introduces a time, or
    // followed by punctuation. "2000 troops" is a count, not a year.
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b" + DateParser.MONTH + "(?:\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?)?\\s+(?<year>(?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(?<day>\\d{1,2})\\s+" + DateParser.MONTH + ",?\\s+(?<year>(?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_YEAR = Pattern.compile(
            "(?:\\b(?:in|since|of|from|until|till|by|before|after|during|early|late|mid|end|year|spring|summer|"
                    + "autumn|fall|winter|the)[\\s-]+(?<y1>(?:19|20)\\d{2})\\b)"
                    + "|(?:\\b(?<y2>(?:19|20)\\d{2})(?=[.,;:)!?”\"']|\\s*$|\\s+(?:and|to|when|after|before)\\b))",
            Pattern.CASE_INSENSITIVE);

    /** A month (and maybe day) the text dates in a given year. */
    private record Mention(int year, int month, Integer day) {
    }

    private YearInference() {
    }

    /**
     * The publication date for a dateline date without a year.
     *
     * @param date    a date with month and day but no year
     * @param weekday the weekday the dateline names; null when none
     * @param text    the report's text (headline, body, captions) to look for years in
     */
    public static PublicationDate infer(PartialDate date, DayOfWeek weekday, String text) {
        if (date.hasYear()) {
            throw new IllegalArgumentException("the date already has a year: " + date);
        }
        List<Mention> mentions = new ArrayList<>();
        int latest = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            if (FUTURE.matcher(sentence).find()) {
                continue;
            }
            for (Mention m : mentionsIn(sentence)) {
                mentions.add(m);
                latest = Math.max(latest, m.year());
            }
        }
        if (latest == 0) {
            return new PublicationDate(date, false, NOT_INFERABLE);
        }
        int y = latest;
        boolean beforeAMention = false;
        for (Mention m : mentions) {
            if (m.year() == y && m.month() != 0 && isBefore(date, m)) {
                beforeAMention = true;
            }
        }
        int chosen = beforeAMention ? y + 1 : y;
        String note = "year inferred from years mentioned in the text (latest " + y + ")";
        if (weekday != null) {
            int other = beforeAMention ? y : y + 1;
            if (!fallsOn(date, chosen, weekday) && fallsOn(date, other, weekday)) {
                chosen = other;
            }
            if (fallsOn(date, chosen, weekday)) {
                note = "year inferred from years mentioned in the text (latest " + y + ") and the weekday ("
                        + weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + ")";
            }
        }
        try {
            return new PublicationDate(date.withYear(chosen), true, note);
        } catch (IllegalArgumentException e) {
            // 29 February in a year that has none: no honest year to give.
            return new PublicationDate(date, false, NOT_INFERABLE);
        }
    }

    private static boolean isBefore(PartialDate date, Mention m) {
        if (date.month() != m.month()) {
            return date.month() < m.month();
        }
        return m.day() != null && date.day() != null && date.day() < m.day();
    }

    private static boolean fallsOn(PartialDate date, int year, DayOfWeek weekday) {
        try {
            return LocalDate.of(year, date.month(), date.day() == null ? 1 : date.day()).getDayOfWeek() == weekday
                    && date.day() != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static List<Mention> mentionsIn(String sentence) {
        List<Mention> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(sentence);
        for (Pattern p : new Pattern[] {MONTH_YEAR, DAY_MONTH_YEAR}) {
            Matcher m = p.matcher(rest);
            while (m.find()) {
                int month = DateParser.monthNumber(m.group("month"));
                Integer day = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
                found.add(new Mention(Integer.parseInt(m.group("year")), month, day));
                // Blank the match so the year is not counted again as a bare year.
                for (int i = m.start(); i < m.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        Matcher bare = BARE_YEAR.matcher(rest);
        while (bare.find()) {
            String year = bare.group("y1") != null ? bare.group("y1") : bare.group("y2");
            found.add(new Mention(Integer.parseInt(year), 0, null));
        }
        return found;
    }
}
