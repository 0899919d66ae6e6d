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

    /** Words a run-on author line is taken to have when the place after it is not set apart. */
    private static final int AUTHOR_WORDS = 2;
    private static final Pattern WORD = Pattern.compile("\\S+");

    private RunOnHeader() {
    }

    /** Where a run-on line is cut: the headline's end, the author line (null when none), the dateline's start. */
    private record Cut(int titleEnd, String by, int datelineStart) {
    }

    /**
     * The first reading of the line as headline, author and dateline that holds (a headline of 3 to
     * 25 words, a place, a known agency, a date); null when none does. Each start is tried in turn,
     * so capitalised words of the headline are not taken for the place.
     */
    private static Cut accepted(String line, AgencyDirectory agencies) {
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
                return cut(line, m);
            }
        }
        return null;
    }

    /**
     * "by Staff Writers New York (AFP)": the words between "by" and the agency hold the author and
     * the place with nothing between them. An author line names a person or a desk in two words
     * ("Staff Writers", "Jane Doe"), so the words after the first two go to the place.
     */
    private static Cut cut(String line, Matcher m) {
        if (m.group("by") == null) {
            return new Cut(m.start(), null, m.start("place"));
        }
        // "by", the author's words, then the place: all between "by" and the agency's bracket.
        Matcher words = WORD.matcher(line);
        words.region(m.start("by"), m.end("place"));
        int count = 0;
        while (words.find()) {
            if (++count == AUTHOR_WORDS + 2 && words.start() < m.end("place")) {
                String place = line.substring(words.start(), m.end("place"));
                if (DatelineParser.isPlaceLike(place)) {
                    return new Cut(m.start(), line.substring(m.start("by"), words.start()).strip(), words.start());
                }
                break;
            }
        }
        return new Cut(m.start(), m.group("by").strip(), m.start("place"));
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
            Cut cut = accepted(line, agencies);
            if (cut == null) {
                continue;
            }
            String title = line.substring(0, cut.titleEnd()).strip();
            String paragraph = line.substring(cut.datelineStart());
            lines.set(i, title);
            int at = i + 1;
            if (cut.by() != null) {
                lines.add(at++, "");
                lines.add(at++, cut.by());
            }
            lines.add(at++, "");
            lines.add(at, paragraph);
            return;
        }
    }
}
