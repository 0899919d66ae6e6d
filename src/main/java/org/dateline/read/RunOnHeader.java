package org.dateline.read;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header a scraper ran into the body's first line: "Turkey ends quake rescue mission by Staff
 * Writers Ankara (AFP) Nov 4, 2020 Turkey on Wednesday called off …". Where such a line holds a
 * place, a known agency in brackets and a full date before a new sentence, it is cut back into the
 * lines the page had: the headline, the author line and the paragraph opening with the dateline.
 */
final class RunOnHeader {

    /** How many of the first non-blank lines may be a run-on header. */
    private static final int LINES_LOOKED_AT = 3;
    /** How far into the line the dateline may start. */
    private static final int MAX_OPENING = 300;

    private static final Pattern DATELINE_INSIDE = Pattern.compile(
            "\\s(?:(?<by>by\\s+[^()]{2,40})\\s+)?(?<place>\\p{Lu}[\\p{L}'’.-]*(?:[ ,]{1,2}\\p{Lu}[\\p{L}'’.-]*){0,3})"
                    + "\\s+\\((?<agency>[\\p{L}][\\p{L}. &-]{1,20})\\)\\s+(?<date>\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}"
                    + "|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4})\\s+(?=[\"“‘']?\\p{Lu})");

    private RunOnHeader() {
    }

    /**
     * The first reading of the line as headline, author and dateline that holds (a headline of 3 to
     * 25 words, a place, a known agency, a date); null when none does. Each start is tried in turn,
     * so capitalised words of the headline are not taken for the place.
     */
    private static Matcher accepted(String line, AgencyDirectory agencies) {
        Matcher m = DATELINE_INSIDE.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from) && m.start() <= MAX_OPENING) {
            from = m.start() + 1;
            int titleWords = NewsReportCheck.countWords(line.substring(0, m.start()));
            String place = m.group("place");
            boolean placeLike = Arrays.stream(place.split("\\s*,\\s*")).allMatch(DatelineParser::isPlaceLike);
            String date = m.group("date");
            if (titleWords >= 3 && titleWords <= 25 && placeLike && agencies.isAgency(m.group("agency"))
                    && (DateParser.parseDateLine(date) != null || DateParser.parseDateLine(date.replaceAll(",?\\s+", " ")) != null)) {
                return m;
            }
        }
        return null;
    }

    /** Cuts a run-on header in the first lines back into lines, in place. */
    static void split(List<String> lines, AgencyDirectory agencies) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < LINES_LOOKED_AT; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            Matcher m = accepted(line, agencies);
            if (m == null) {
                continue;
            }
            String title = line.substring(0, m.start()).strip();
            String paragraph = line.substring(m.start("place"));
            lines.set(i, title);
            int at = i + 1;
            if (m.group("by") != null) {
                lines.add(at++, "");
                lines.add(at++, m.group("by").strip());
            }
            lines.add(at++, "");
            lines.add(at, paragraph);
            return;
        }
    }
}
