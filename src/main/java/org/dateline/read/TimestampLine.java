package org.dateline.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timestamp lines sites print around a headline, in the many forms they take: a bare date,
 * "Published: 15.08.2023 10:42 GMT", "Updated Aug 16, 2023, 9:01 AM ET", "2023-08-15T10:42:00+02:00",
 * "First published on Tue 15 Aug 2023 10.42 BST", a date after a byline ("By Jane Doe | August 15,
 * 2023"), or a relative one ("3 hours ago", "Updated 3 hours ago") that names no day at all.
 *
 * <p>A line is a timestamp only when, once the date, the time, the zone and the label words are
 * taken out, almost nothing is left, so a sentence that merely mentions a date is never one.
 */
final class TimestampLine {

    /** What the line says the date is. */
    enum Kind {
        /** "Published", "Posted", "First published", "Date": the publication date. */
        PUBLISHED,
        /** "Updated", "Last updated", "Modified": a later revision. */
        UPDATED,
        /** A date with no label. */
        PLAIN,
        /** "3 hours ago", "yesterday": no date can be read from it. */
        RELATIVE
    }

    /**
     * @param kind     what the label said
     * @param date     the date; null for a relative timestamp
     * @param leftover what stands beside the date once labels, time and zone are gone (an author's
     *                 name, an agency); empty when nothing
     */
    record Stamp(Kind kind, DateParser.DateMatch date, String leftover) {
    }

    private static final int MAX_LENGTH = 140;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern UPDATED = Pattern.compile(
            "\\b(?:last\\s+)?(?:updated|modified|edited|revised)\\b", FLAGS);
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\b(?:(?:first\\s+)?published|posted|created|date(?:d)?|release(?:d)?|issued)\\b", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(?:last\\s+)?(?:updated|published|posted|modified)\\s*:?\\s*(?:on\\s+)?)?"
                    + "(?:(?:\\d+|an?|one|two|three|few)\\s+(?:sec(?:ond)?s?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago"
                    + "|just\\s+now|yesterday|today)\\.?",
            FLAGS);
    /** Times of day: "10:42", "9.01 a.m.", "14h30". */
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.h]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?)?|\\b[ap]\\.?m\\.?(?=\\W|$)", FLAGS);
    /** Time zones, in capitals as sites print them: "GMT+3", "(UTC)", "ET", "IST". */
    private static final Pattern ZONE = Pattern.compile(
            "\\b(?:GMT|UTC|[A-Z]{1,4}T|IST|WIB|WITA|Z)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\b\\.?", FLAGS);
    private static final Pattern LABEL_WORDS = Pattern.compile(
            "\\b(?:on|at|am|pm|time|local|hrs|hours|and|last|first|·)\\b", FLAGS);
    private static final Pattern SEPARATORS = Pattern.compile("[|,;:·•/()\\[\\]\\-–—]+");

    private TimestampLine() {
    }

    /** The timestamp the line is, or null when it is something else. */
    static Stamp parse(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        if (RELATIVE.matcher(s).matches()) {
            return new Stamp(Kind.RELATIVE, null, "");
        }
        DateParser.DateMatch whole = DateParser.parseDateLine(s);
        if (whole != null) {
            return new Stamp(Kind.PLAIN, whole, ""); // "March 2024": the line is nothing but the date
        }
        DateParser.Found found = DateParser.find(s);
        if (found == null) {
            return null;
        }
        String before = s.substring(0, found.start());
        String after = s.substring(found.end());
        Kind kind = kindOf(before, after);
        String leftover = strip(before) + " " + strip(after);
        leftover = SEPARATORS.matcher(leftover).replaceAll(" ").replaceAll("\\s+", " ").strip();
        // "By Jane Doe", "Reuters", "Staff reporter": a name may stand beside the date, a sentence may not.
        if (NewsReportCheck.countWords(leftover) > 6 || leftover.matches(".*[.!?]\\s*$") && leftover.length() > 3) {
            return null;
        }
        return new Stamp(kind, found.match(), leftover);
    }

    /** The label nearest before the date decides; "Published … | Updated …" is the published date. */
    private static Kind kindOf(String before, String after) {
        int updated = lastMatch(UPDATED, before);
        int published = lastMatch(PUBLISHED, before);
        if (updated < 0 && published < 0) {
            // "August 15, 2023 (updated)" labels after the date.
            return UPDATED.matcher(after).find() && !PUBLISHED.matcher(after).find() ? Kind.UPDATED : Kind.PLAIN;
        }
        return published > updated ? Kind.PUBLISHED : Kind.UPDATED;
    }

    private static int lastMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The words beside the date, less labels, times, zones and weekdays. */
    private static String strip(String part) {
        String s = UPDATED.matcher(part).replaceAll(" ");
        s = PUBLISHED.matcher(s).replaceAll(" ");
        s = RELATIVE.matcher(s).replaceAll(" ");
        s = TIME.matcher(s).replaceAll(" ");
        s = ZONE.matcher(s).replaceAll(" ");
        s = WEEKDAY.matcher(s).replaceAll(" ");
        s = LABEL_WORDS.matcher(s).replaceAll(" ");
        return s.strip();
    }
}
