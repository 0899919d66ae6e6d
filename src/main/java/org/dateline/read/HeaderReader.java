package org.dateline.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a scraped report as a whole: the lines above the body in whatever order the
 * site printed them (labels, a title or none, standfirst, captions, author and timestamp lines,
 * share words, reading time). Each line is first judged alone ({@link LineClassifier}); then the
 * body's start is found (the first paragraph that opens with a dateline, or the first paragraph
 * after which no more header metadata follows), and the headline is the best-scoring title-like
 * line above it.
 */
final class HeaderReader {

    private static final Pattern UNDERLINE = Pattern.compile("=+|-+");

    /** A sentence ending inside the line ("… no longer supported. To improve …"); "U.S. Senate" is none. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    private static final Pattern OPENS_LOWER = Pattern.compile("\\s*\\p{Ll}.*");
    private static final Pattern OWN_PICTURE = Pattern.compile("[–—-]\\s*([^–—]{2,60}?)\\s+file\\s+(?:pic|pix|photo|picture)s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[”’\"']\\s*$");

    /** How many non-blank lines may stand above the body. */
    static final int MAX_HEADER_LINES = 30;
    /** How many lines after a paragraph a timestamp or byline may come and still belong to the header. */
    private static final int METADATA_REACH = 3;
    /** A line needs at least this score to be taken as the headline. */
    private static final double MIN_TITLE_SCORE = 1.0;

    /**
     * The header as read.
     *
     * @param headline  the headline; null when none
     * @param stamp     the publication timestamp chosen (published, else plain, else updated); null when none
     * @param byline    the author names; null when none
     * @param siteName  the outlet's name standing alone in the header; null when none
     * @param captions  caption lines found in the header
     * @param consumed  indexes of the lines that are header, not body
     * @param bodyStart index of the line the body starts at
     * @param dateline  a dateline printed on a line of its own ("AP, JAKARTA"); null when none
     */
    record Header(String headline, TimestampLine.Stamp stamp, String byline, String siteName, List<String> captions,
            Set<Integer> consumed, int bodyStart, Dateline dateline) {
    }

    /** Words a headline does not end with: a line ending so broke off in mid-sentence. */
    private static final Set<String> DANGLING = Set.of("and", "or", "the", "a", "an", "of", "to", "in", "on", "at",
            "by", "for", "from", "with", "as", "that", "is", "was", "are", "were", "its", "their", "his", "her");

    private final LineClassifier classifier;

    HeaderReader(LineClassifier classifier) {
        this.classifier = classifier;
    }

    Header read(List<String> lines, boolean markdown) {
        List<HeaderLine> top = lines(lines, markdown);
        int body = bodyStart(top);
        List<HeaderLine> header = top.subList(0, body);
        int title = bestTitle(header);

        Set<Integer> consumed = new HashSet<>();
        List<String> captions = new ArrayList<>();
        TimestampLine.Stamp published = null;
        TimestampLine.Stamp plain = null;
        TimestampLine.Stamp updated = null;
        String byline = null;
        String siteName = null;
        Dateline dateline = null;
        DateParser.DateMatch pictureDate = null;
        for (int i = 0; i < header.size(); i++) {
            HeaderLine line = header.get(i);
            switch (line.kind()) {
                case NOISE, LABEL, URL, READING_TIME, RELATIVE_TIME -> consume(consumed, line);
                case SITE_NAME -> {
                    consume(consumed, line);
                    if (dateline == null) {
                        dateline = DatelineParser.creditLine(line.text(), classifier.agencies());
                    }
                }
                case TIMESTAMP -> {
                    consume(consumed, line);
                    TimestampLine.Stamp s = line.stamp();
                    switch (s.kind()) {
                        case PUBLISHED -> published = published == null ? s : published;
                        case UPDATED -> updated = updated == null ? s : updated;
                        default -> plain = plain == null ? s : plain;
                    }
                }
                case BYLINE -> consume(consumed, line);
                case CAPTION -> {
                    consume(consumed, line);
                    if (siteName == null) {
                        siteName = ownPicture(line.text());
                    }
                    if (pictureDate == null) {
                        pictureDate = ownPictureDate(line.text());
                    }
                    String caption = ReportAssembler.caption(line.raw(), markdown);
                    if (caption == null) {
                        captions.add(line.text());
                    } else if (!caption.isEmpty()) {
                        captions.add(caption);
                    }
                }
                case TITLE_LIKE -> {
                    if (i == title || title >= 0 && line.text().equals(header.get(title).text())) {
                        consume(consumed, line);
                    } else if (title >= 0 && i < title) {
                        consume(consumed, line); // a site or section name above the headline
                    } else if (title >= 0 && line.words() <= LineClassifier.LONG_LINE_WORDS
                            && (body < top.size() || line.words() < LineClassifier.PROSE_WORDS)) {
                        // With no paragraph below, a long line is the text itself (a teaser cut short).
                        consume(consumed, line); // a bare descriptive line between headline and body
                        captions.add(line.text());
                    }
                }
                default -> {
                    // Prose and short sentences above the body (a standfirst, summary points) stay in it.
                }
            }
            if (line.byline() != null && byline == null) {
                byline = line.byline();
            }
            if (line.site() != null && siteName == null
                    && (line.kind() == LineKind.SITE_NAME || line.kind() == LineKind.TIMESTAMP
                            || line.kind() == LineKind.BYLINE || i == title)) {
                siteName = line.site();
            }
        }
        // Setext underlines belong to the headline above them.
        if (title >= 0) {
            int next = header.get(title).end();
            if (next < lines.size() && isUnderline(lines.get(next))) {
                consumed.add(next);
            }
        }
        TimestampLine.Stamp stamp = published != null ? published : plain != null ? plain : updated;
        if (stamp == null && pictureDate != null) {
            // "– The Coastal Insight file pic, March 4, 2024.": the site dates its own captions.
            stamp = new TimestampLine.Stamp(TimestampLine.Kind.PLAIN, pictureDate, "");
        }
        String headline = title < 0 ? null : header.get(title).text();
        int bodyLine = body < top.size() ? top.get(body).index() : lines.size();
        return new Header(headline, stamp, byline, siteName, captions, consumed, bodyLine, dateline);
    }

    /**
     * The outlet whose own archive picture a caption credits ("– The Coastal Insight file pic,
     * March 4, 2024."); null when the credit names no outlet.
     */
    private static DateParser.DateMatch ownPictureDate(String caption) {
        Matcher m = OWN_PICTURE.matcher(caption);
        DateParser.DateMatch date = null;
        while (m.find()) {
            String after = caption.substring(m.end()).replaceFirst("^\\s*,\\s*", "").replaceFirst("[.)\\s]+$", "");
            DateParser.DateMatch found = DateParser.parseDateLine(after);
            date = found != null && found.date().isComplete() ? found : date;
        }
        return date;
    }

    private String ownPicture(String caption) {
        Matcher m = OWN_PICTURE.matcher(caption);
        String name = null;
        while (m.find()) {
            name = classifier.siteName(m.group(1).strip());
        }
        return name;
    }

    /** The first lines as judged one by one, a line broken in mid-sentence joined to its rest. */
    List<HeaderLine> lines(List<String> lines, boolean markdown) {
        List<HeaderLine> top = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && top.size() < MAX_HEADER_LINES) {
            String raw = lines.get(i);
            if (raw.isBlank()) {
                i++;
                continue;
            }
            int end = i + 1;
            StringBuilder joined = new StringBuilder(raw.strip());
            while (end < lines.size() && !lines.get(end).isBlank() && OPENS_LOWER.matcher(lines.get(end)).matches()) {
                joined.append(' ').append(lines.get(end).strip());
                end++;
            }
            HeaderLine line = classifier.classify(i, end, joined.toString(), markdown);
            // "Title\n=====": the underline is a rule to the classifier, the line above a heading.
            if (markdown && !top.isEmpty() && isUnderline(raw) && top.get(top.size() - 1).end() == i
                    && top.get(top.size() - 1).kind() == LineKind.TITLE_LIKE) {
                HeaderLine above = top.remove(top.size() - 1);
                top.add(new HeaderLine(above.index(), above.end(), above.raw(), above.text(), LineKind.TITLE_LIKE,
                        true, null, null, above.site()));
            }
            top.add(line);
            i = end;
        }
        return top;
    }

    /**
     * True when only chrome, labels and metadata stand above the line; a lone word ("Top",
     * "Menu") is chrome too, since it can be no headline.
     */
    private static boolean opensText(List<HeaderLine> header, int i) {
        for (int j = 0; j < i; j++) {
            switch (header.get(j).kind()) {
                case NOISE, LABEL, SITE_NAME, URL, TIMESTAMP, RELATIVE_TIME, BYLINE, READING_TIME -> {
                }
                case TITLE_LIKE -> {
                    if (header.get(j).heading() || header.get(j).words() > 1) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static void consume(Set<Integer> consumed, HeaderLine line) {
        for (int i = line.index(); i < line.end(); i++) {
            consumed.add(i);
        }
    }

    private static boolean isUnderline(String line) {
        return UNDERLINE.matcher(line.strip()).matches() && !line.isBlank();
    }

    /**
     * The first line of the body: a paragraph opening with a dateline, or a paragraph after which
     * no timestamp or author line follows closely (one that does is a standfirst).
     */
    private static int bodyStart(List<HeaderLine> top) {
        for (int i = 0; i < top.size(); i++) {
            LineKind kind = top.get(i).kind();
            if (kind == LineKind.DATELINE_PROSE) {
                return i;
            }
            if (kind == LineKind.PROSE && !metadataFollows(top, i)) {
                return i;
            }
        }
        // No paragraph among the first lines: the body starts after the last header line read.
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).kind() == LineKind.PROSE || top.get(i).kind() == LineKind.SHORT_SENTENCE) {
                return i;
            }
        }
        return top.size();
    }

    private static boolean metadataFollows(List<HeaderLine> top, int i) {
        for (int j = i + 1; j < top.size() && j <= i + METADATA_REACH; j++) {
            LineKind kind = top.get(j).kind();
            if (kind == LineKind.DATELINE_PROSE) {
                return true;
            }
            if (kind == LineKind.TIMESTAMP || kind == LineKind.BYLINE || kind == LineKind.READING_TIME
                    || kind == LineKind.RELATIVE_TIME || kind == LineKind.SITE_NAME) {
                return true;
            }
        }
        return false;
    }

    /** Index in the header of the line that reads best as the headline; -1 when none does. */
    private int bestTitle(List<HeaderLine> header) {
        int best = -1;
        double bestScore = MIN_TITLE_SCORE;
        long longTitleLike = header.stream()
                .filter(l -> l.kind() == LineKind.TITLE_LIKE && !l.heading() && l.words() > 12)
                .map(HeaderLine::text).distinct().count();
        int candidates = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            HeaderLine line = header.get(i);
            if (line.kind() != LineKind.TITLE_LIKE || !seen.add(line.text())) {
                continue;
            }
            double score = titleScore(header, i, candidates, longTitleLike);
            if (line.heading() || line.words() > 1) {
                candidates++; // a lone word is chrome, not a rival headline
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private double titleScore(List<HeaderLine> header, int i, int earlierCandidates, long longTitleLike) {
        HeaderLine line = header.get(i);
        if (line.heading()) {
            return 10 - earlierCandidates;
        }
        int words = line.words();
        String text = line.text();
        // Pages print their headline twice (the page title and the article's): a strong sign.
        boolean repeated = header.stream().filter(l -> l != line && l.text().equals(text)).findAny().isPresent();
        double score = repeated && words >= 3 ? 3 : 0;
        if (words <= 1) {
            score -= 4;
        } else if (words == 2) {
            score -= 1.5;
        } else if (words == 3) {
            score += 0.5;
        } else if (words <= 25) {
            score += 2;
        } else if (words <= 35) {
            score += 0.5;
        } else {
            score -= 2;
        }
        // Several long lines with no full stop are summary points, not one headline.
        if (words > 12 && longTitleLike >= 3 && !repeated) {
            score -= 2.5;
        }
        // The first line of the text, chrome aside, is where a headline stands; of lines alike,
        // the earlier is the headline.
        if (earlierCandidates == 0 && opensText(header, i)) {
            score += 1.2;
        }
        score -= 0.1 * earlierCandidates;
        String last = text.replaceAll("[^\\p{L}\\p{N}]+$", "");
        last = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        // "… to be ‘hands on’": a quotation closing the line ends it, whatever its last word.
        if (DANGLING.contains(last) && !CLOSING_QUOTE.matcher(text).find()) {
            score -= 3; // a sentence broken off, not a headline
        }
        if (DatelineParser.isAllCapitals(text) && words <= 4) {
            score -= 1; // a label in capitals
        }
        if (SENTENCE_INSIDE.matcher(text).find()) {
            score -= 2.5; // two sentences: a notice or a summary, not a headline
        }
        if (text.endsWith("…") || text.endsWith("...")) {
            score -= 1.5; // a teaser
        }
        if (!Character.isUpperCase(text.codePointAt(0)) && !Character.isDigit(text.codePointAt(0))
                && "\"'“‘".indexOf(text.charAt(0)) < 0) {
            score -= 2;
        }
        // A headline is followed by its metadata, a caption, a standfirst or the body; site
        // chrome by more chrome.
        LineKind next = i + 1 < header.size() ? header.get(i + 1).kind() : LineKind.PROSE;
        switch (next) {
            case TIMESTAMP, BYLINE, RELATIVE_TIME, READING_TIME, SITE_NAME -> score += 1.5;
            case CAPTION -> score -= 1; // a picture's description, above its credit
            case PROSE, SHORT_SENTENCE, DATELINE_PROSE -> score += 1;
            case NOISE, URL -> score += 0.5;
            default -> {
            }
        }
        return score;
    }
}
