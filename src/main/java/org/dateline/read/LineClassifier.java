package org.dateline.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges one line near the top of a report by its own features: its words, case and punctuation,
 * whether it is a timestamp, an author line, a known label, a caption credit or a paragraph opening
 * with a dateline. The {@link HeaderReader} then reads the lines together.
 */
final class LineClassifier {

    // The site name's patterns, compiled once: a site name is looked for on many lines.
    private static final Pattern LEADING_DASHES = Pattern.compile("^[-–—]+\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?:;,\"“”]$");
    private static final Pattern NOT_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}&'’-]");

    static final String LABELS = "/org/dateline/read/section-labels.txt";
    static final String CREDITS = "/org/dateline/read/caption-credits.txt";
    static final String OUTLET_WORDS = "/org/dateline/read/outlet-words.txt";

    /** A paragraph has at least this many words when it ends like a sentence. */
    static final int PROSE_WORDS = 12;
    /** A line this long is a paragraph whatever its last character. */
    static final int LONG_LINE_WORDS = 40;

    private static final Pattern RULE = Pattern.compile("\\s*([-*_=])(?:\\s*\\1){2,}\\s*");
    private static final Pattern ATX_HEADING = Pattern.compile("\\s*#{1,6}[ \\t]+(.+?)(?:[ \\t]+#+)?\\s*");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern READING_TIME = Pattern.compile(
            "(?:(?:estimated\\s+)?(?:reading|read)\\s+time\\s*:?\\s*)?(?:less than\\s+)?(?:an?|\\d+)\\s*(?:-|to)?\\s*\\d*\\s*"
                    + "(?:min(?:ute)?s?|m)\\.?\\s*(?:read|reading(?:\\s+time)?)?|(?:reading|read)\\s+time\\s*:?.{0,20}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?:author|authors|written by|reported by|posted by|words by|writer|reporter|correspondent|editor|edited by"
                    + "|by staff|staff reporter)\\s*[:|-]?\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_INITIALISM = Pattern.compile(".*(?<![\\p{L}.])(?:\\p{Lu}\\.){2,}");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    /** At most this many words in a line that may still be a headline ending with an initialism. */
    private static final int TITLE_WORDS = 20;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…:][\"”’')\\]]*\\s*$", Pattern.DOTALL);
    /** Navigation words glued together by a scraper: "PoliticsNiger", "WorldAfrica". */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+){1,3}");
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("\\s*!\\[[^\\]]*\\]\\([^)]*\\)\\s*");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "\\(?\\s*(?:source|sources|credit|story by|based on materials)\\s*:\\s*([^()]{2,80}?)\\s*\\)?\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:https?://(?:www\\.)?|www\\.)([\\p{L}\\p{N}-]+)\\.(?:[a-z]{2,6})(?:\\.[a-z]{2})?(?:/\\S*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_SUFFIX = Pattern.compile("(.+?)\\s+(?:[|»›]|[-–—]{1,2})\\s+([^|»›]{2,60})");
    private static final Pattern CAPTION_OPENING = Pattern.compile(
            "(?:file|file photo|photo|image|picture)\\s*[-–—:]\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_PART = Pattern.compile("(?:by|from|source|via)\\s.{2,80}", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPILED_FROM = Pattern.compile(
            "(?:by\\s+)?(?:(?:items|stories|reports|news)\\s+)?compiled\\s+(?:from|by)\\s+(.{2,60}?)\\.?", Pattern.CASE_INSENSITIVE);
    /** A page field beside an author ("Category: News", "Section: World", "Tags: …"). */
    private static final Pattern FIELD_PART = Pattern.compile(
            "(?:category|categories|section|tags?|topics?|filed under|posted in|type|genre|language|views?|comments?)\\s*:.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "(?<=[.!?…\"”’])\\s*(?:\\(\\s*([\\p{L}][\\p{L}. &-]{1,30})\\s*\\)|[—–-]{1,2}\\s*([\\p{L}][\\p{L}. &-]{1,30}))\\s*\\.?\\s*$");
    private static final Pattern FIELD_AFTER_NAME = Pattern.compile(
            "\\s*(?:[|•·]\\s*)?\\b(?:category|categories|section|tags?|topics?|filed under|posted in)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_OUTLET = Pattern.compile(
            "(?i:from|via|courtesy of)\\s+(?i:the\\s+)?(\\p{Lu}[^():]{1,60}?)\\s*(?:\\([^()]{1,20}\\))?\\s*:.*");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "((?:[^>»›\\s][^>»›]{0,30}?\\s*[>»›]\\s*){2,6})([^>»›]+)");
    private static final Pattern GLUED_LABEL = Pattern.compile("^\\p{Ll}[\\p{Ll}\\p{N}]*(?:\\.[\\p{Ll}\\p{N}]+)+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern CAMEL_TAIL = Pattern.compile("(?<=\\p{Ll})(\\p{Lu}\\p{Ll}+)$");
    private static final Pattern OUTLET_DESK = Pattern.compile(
            "(\\p{Lu}{2,6})\\s+(?i:report|desk|news desk|web desk|online desk|online report|staff|correspondent|online)");
    private static final Pattern FIELD_MARKS = Pattern.compile("[:|•·»›@#]");
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[|•·]|\\s[-–—]\\s)\\s*");

    private static final Set<String> SITE_CONNECTORS = Set.of("by", "of", "the", "and", "de", "la", "el", "for");

    private final Boilerplate noise;
    private final Boilerplate labels;
    private final List<Pattern> credits;
    private final AgencyDirectory agencies;
    private final Set<String> outletWords;

    LineClassifier(Boilerplate noise, Boilerplate labels, List<Pattern> credits, AgencyDirectory agencies,
            Set<String> outletWords) {
        this.noise = noise;
        this.labels = labels;
        this.credits = List.copyOf(credits);
        this.agencies = agencies;
        this.outletWords = Set.copyOf(outletWords);
    }

    /** The classifier with the word lists shipped with Dateline. */
    static LineClassifier standard(Boilerplate noise, AgencyDirectory agencies) {
        Set<String> outletWords = new HashSet<>();
        for (String line : resourceLines(OUTLET_WORDS)) {
            outletWords.add(line.toLowerCase(Locale.ROOT));
        }
        List<Pattern> credits = new ArrayList<>();
        for (String line : resourceLines(CREDITS)) {
            credits.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new LineClassifier(noise, Boilerplate.load(LABELS), credits, agencies, outletWords);
    }

    AgencyDirectory agencies() {
        return agencies;
    }

    /** True when the line is a picture caption's credit or label ("Photo: …", "… /AFP", "(L)"). */
    boolean hasCaptionSign(String text) {
        for (Pattern credit : credits) {
            if (credit.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    HeaderLine classify(int index, int end, String raw, boolean markdown) {
        HeaderLine line = classifyAlone(index, end, raw, markdown);
        String glued = gluedAgency(raw);
        return glued == null || line.site() != null ? line
                : new HeaderLine(line.index(), line.end(), line.raw(), line.text(), line.kind(), line.heading(), line.stamp(),
                        line.byline(), glued);
    }

    /** "site.btaNew Bulgarian Parliament …": the agency a site label glued to the line names; null when none. */
    private String gluedAgency(String raw) {
        Matcher m = GLUED_LABEL.matcher(raw.strip());
        if (!m.find()) {
            return null;
        }
        for (String part : m.group().split("\\.")) {
            if (part.length() >= 2 && agencies.isAgency(part)) {
                return agencies.asCredited(part);
            }
        }
        return null;
    }

    private HeaderLine classifyAlone(int index, int end, String raw, boolean markdown) {
        Matcher atx = ATX_HEADING.matcher(raw);
        boolean heading = markdown && atx.matches();
        String text = markdown ? InlineMarkup.toText(heading ? atx.group(1) : raw) : SourceText.collapseSpaces(raw);
        // "site.btaNew Bulgarian Parliament …": a site's label glued to the line by a scraper.
        text = GLUED_LABEL.matcher(text.strip()).replaceFirst("");
        if (text.isEmpty() || noise.isNoise(raw) || RULE.matcher(raw).matches()) {
            return line(index, end, raw, text, LineKind.NOISE, heading);
        }
        if (heading && TimestampLine.parse(text) == null) {
            return line(index, end, raw, text, LineKind.TITLE_LIKE, true);
        }
        if (markdown && MARKDOWN_IMAGE.matcher(raw).matches()) {
            return line(index, end, raw, text, LineKind.CAPTION, false);
        }
        if (URL.matcher(text).matches()) {
            return line(index, end, raw, text, LineKind.URL, false);
        }
        if (READING_TIME.matcher(text).matches()) {
            return line(index, end, raw, text, LineKind.READING_TIME, false);
        }
        HeaderLine meta = metadata(index, end, raw, text);
        if (meta != null) {
            return meta;
        }
        // "Home » Press » International News » Title of the page": the last crumb is the page's title.
        Matcher crumbs = BREADCRUMB.matcher(text);
        if (crumbs.matches() && NewsReportCheck.countWords(crumbs.group(2)) >= 4) {
            HeaderLine last = classify(index, end, crumbs.group(2), false);
            if (last.kind() == LineKind.TITLE_LIKE) {
                return new HeaderLine(index, end, raw, last.text(), LineKind.TITLE_LIKE, false, null, null, null);
            }
        }
        // "87 Senate bills passed | Inquirer News", "Title » Manila Bulletin News", "Title | News in brief":
        // a page title ends with the site's name or section.
        Matcher suffix = SITE_SUFFIX.matcher(text);
        if (suffix.matches() && NewsReportCheck.countWords(suffix.group(1)) >= 3) {
            String site = siteName(suffix.group(2));
            if (site != null || labels.matches(suffix.group(2))) {
                HeaderLine title = classify(index, end, suffix.group(1), false);
                if (title.kind() == LineKind.TITLE_LIKE) {
                    return new HeaderLine(index, end, raw, title.text(), LineKind.TITLE_LIKE, false, null, null, site);
                }
            }
        }
        // "AP, JAKARTA" alone under the headline: the agency credited, with the place of the dateline.
        Dateline creditLine = DatelineParser.creditLine(text, agencies);
        if (creditLine != null) {
            return new HeaderLine(index, end, raw, text, LineKind.SITE_NAME, false, null, null,
                    agencies.asCredited(creditLine.agency()));
        }
        // "From the Philippine News Agency (Dec 6): Title": a blog's credit of the outlet it reposts.
        Matcher from = FROM_OUTLET.matcher(text);
        if (from.matches()) {
            String name = from.group(1).strip();
            String outlet = agencies.isAgency(name) ? agencies.asCredited(name) : siteName(name);
            if (outlet != null) {
                return new HeaderLine(index, end, raw, text, LineKind.SITE_NAME, false, null, null, outlet);
            }
        }
        String agencyAndPlace = agencyBeforePlace(text);
        if (agencyAndPlace != null) {
            return new HeaderLine(index, end, raw, text, LineKind.SITE_NAME, false, null, null, agencyAndPlace);
        }
        if (labels.matches(text) || GLUED_WORDS.matcher(text).matches()) {
            return line(index, end, raw, text, LineKind.LABEL, false);
        }
        String credited = sourceName(text);
        if (credited != null) {
            return new HeaderLine(index, end, raw, text, LineKind.SITE_NAME, false, null, null, credited);
        }
        String site = siteName(text);
        if (site == null && OUTLET_DESK.matcher(text).matches()) {
            site = deskCredit(text); // "TBS Report": the outlet's desk in place of an author
        }
        if (site != null) {
            return new HeaderLine(index, end, raw, text, LineKind.SITE_NAME, false, null, null, site);
        }
        int words = NewsReportCheck.countWords(text);
        // "… to China. (Xinhua)", "… port officials. --BERNAMA": a sentence an agency's credit closes.
        boolean endsSentence = SENTENCE_END.matcher(withoutClosingCredit(text)).matches();
        // "… Halifax Regional Municipality (HRM), N.S.": the full stop of an initialism closing a
        // short line with no sentence inside it ends a name, not a sentence.
        if (endsSentence && words < TITLE_WORDS && ENDS_INITIALISM.matcher(text).matches()
                && !SENTENCE_INSIDE.matcher(text).find()) {
            endsSentence = false;
        }
        DatelineParser.Result dateline = DatelineParser.parse(text, agencies);
        if (dateline != null && NewsReportCheck.countWords(dateline.rest()) >= 6
                && (endsSentence || words >= PROSE_WORDS)) {
            return line(index, end, raw, text, LineKind.DATELINE_PROSE, false);
        }
        if (hasCaptionSign(text) && (words < LONG_LINE_WORDS || CAPTION_OPENING.matcher(text).lookingAt())) {
            return line(index, end, raw, text, LineKind.CAPTION, false);
        }
        // Several lines joined because each broke off in mid-sentence are a paragraph.
        boolean broken = end - index > 1;
        if (words >= LONG_LINE_WORDS || (endsSentence || broken) && words >= PROSE_WORDS) {
            return line(index, end, raw, text, LineKind.PROSE, false);
        }
        return line(index, end, raw, text, endsSentence ? LineKind.SHORT_SENTENCE : LineKind.TITLE_LIKE, false);
    }

    /**
     * "Press Trust of India New Delhi": an agency's name with the place its reporter filed from, as
     * some pages print the credit under the headline. The agency as credited; null when the line is
     * none. The place is not taken for a dateline: the body may open with its own, or none.
     */
    private String agencyBeforePlace(String text) {
        String[] words = SPACES.split(text.strip());
        if (words.length < 2 || words.length > 10) {
            return null;
        }
        for (int k = words.length - 1; k >= 1; k--) {
            String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (agencies.isAgency(head) && (k >= 2 || head.length() > 3) && words.length - k <= 3
                    && DatelineParser.isPlaceLike(tail) && !agencies.isAgency(tail)) {
                return agencies.asCredited(head);
            }
        }
        return null;
    }

    /** The line without a known agency credited at its end ("… said. (KUNA)", "… said. -- BERNAMA"). */
    private String withoutClosingCredit(String text) {
        Matcher m = CLOSING_CREDIT.matcher(text);
        if (!m.find()) {
            return text;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        return agencies.isAgency(name.strip()) ? text.substring(0, m.start()) : text;
    }

    /**
     * The name a credit line gives ("Source: Reuters", "Source: Palestine News and Information
     * Agency – WAFA", "Source: www.ghanaweb.com" gives "ghanaweb"); null when the line is none.
     * An agency code is written out.
     */
    String sourceName(String text) {
        Matcher m = SOURCE_LINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        Matcher domain = DOMAIN.matcher(name);
        if (domain.matches()) {
            return domain.group(1);
        }
        if (agencies.isAgency(name) || agencies.nameOf(name).isPresent()) {
            return agencies.asCredited(name);
        }
        boolean nameLike = Character.isUpperCase(name.codePointAt(0)) && NewsReportCheck.countWords(name) <= 10
                && !name.matches(".*[.!?;:,\"“”]$") && !hasCaptionSign(name) && !labels.matches(name);
        return nameLike ? name : null;
    }

    /** True for a credit line that names no one ("Source: Release", "Source: Agencies"). */
    boolean creditsNoOne(String text) {
        Matcher m = SOURCE_LINE.matcher(text.strip());
        return m.matches() && labels.matches(m.group(1).strip());
    }

    /**
     * The outlet's name when the line is one alone: at most eight words, all capitalised or
     * connectors, one of them a word outlets are named with ("Mail", "Bulletin", "Shimbun"), or a
     * known agency's name; a leading dash ("- The Yomiuri Shimbun") is allowed. Null otherwise.
     */
    String siteName(String text) {
        String name = LEADING_DASHES.matcher(text).replaceFirst("").strip();
        if (agencies.isAgency(name) || agencies.nameOf(name).isPresent() && name.length() > 1) {
            return agencies.asCredited(name);
        }
        if (labels.matches(name)) {
            return null; // "Post Comment", "Latest News": a button or a section, not an outlet
        }
        String[] words = SPACES.split(name);
        // "Author: Jane Doe | Category: News" holds fields, not one name.
        if (words.length > 8 || words.length < 2 || ENDS_IN_PUNCTUATION.matcher(name).matches() || FIELD_MARKS.matcher(name).find()) {
            return null;
        }
        boolean outletWord = false;
        for (String word : words) {
            String w = NOT_NAME_CHARACTER.matcher(word).replaceAll("");
            if (w.isEmpty()) {
                continue;
            }
            boolean capitalised = Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)) || w.equals("&");
            if (!capitalised && !SITE_CONNECTORS.contains(w)) {
                return null;
            }
            outletWord |= outletWords.contains(w.toLowerCase(Locale.ROOT)) || outletWords.contains(lastCamelPart(w));
        }
        return outletWord ? name : null;
    }

    /** "WorldPost" gives "post", "NewsDay" "day": outlets glue their words into one name. Empty when the word is not so made. */
    private static String lastCamelPart(String word) {
        Matcher m = CAMEL_TAIL.matcher(word);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** A timestamp, an author line, or both in one line ("By Jane Doe | 15 August 2023"); null when neither. */
    private HeaderLine metadata(int index, int end, String raw, String text) {
        TimestampLine.Stamp stamp = TimestampLine.parse(text);
        String byline = authors(text);
        String credit = null;
        if (stamp == null && byline == null) {
            // "Jane Doe | Reuters | 15 August 2023 10:42 GMT": judge the parts.
            for (String part : PARTS.split(text)) {
                if (part.isBlank()) {
                    continue;
                }
                TimestampLine.Stamp partStamp = TimestampLine.parse(part);
                if (partStamp != null && stamp == null) {
                    stamp = partStamp;
                    continue;
                }
                String names = authors(part);
                if (names != null && byline == null) {
                    byline = names;
                    continue;
                }
                if (credit == null && compiledFrom(part) != null) {
                    credit = compiledFrom(part); // "By Items compiled from Tribune news services."
                    continue;
                }
                if (CREDIT_PART.matcher(part).matches() || FIELD_PART.matcher(part).matches()) {
                    continue; // "Category: News" beside the author is a page field, not a name
                }
                if (!agencies.isAgency(part)) {
                    return null;
                }
            }
        }
        if (stamp != null) {
            if (byline == null && !stamp.leftover().isEmpty()) {
                byline = authors(stamp.leftover());
            }
            for (String part : PARTS.split(text)) {
                credit = credit == null ? compiledFrom(part) : credit;
            }
            LineKind kind = stamp.kind() == TimestampLine.Kind.RELATIVE ? LineKind.RELATIVE_TIME : LineKind.TIMESTAMP;
            // "Xinhua, December 3, 2015": the agency beside the date credits the report.
            String site = byline == null && !stamp.leftover().isEmpty() ? siteName(stamp.leftover().split("\\s+")[0]) : null;
            return new HeaderLine(index, end, raw, text, kind, false, stamp, byline, site == null ? credit : site);
        }
        if (byline != null) {
            return new HeaderLine(index, end, raw, text, LineKind.BYLINE, false, null, byline,
                    credit != null ? credit : deskCredit(byline));
        }
        return null;
    }

    /**
     * The outlet an author line names instead of a person: an agency ("By WAM"), or an outlet's
     * initials before a desk word ("TBS Report", "UNB Desk"); null when the line names people.
     */
    private String deskCredit(String byline) {
        if (agencies.isAgency(byline)) {
            return agencies.asCredited(byline);
        }
        Matcher desk = OUTLET_DESK.matcher(byline.strip());
        return desk.matches() ? agencies.asCredited(desk.group(1)) : null;
    }

    /** Who a "compiled from" credit names ("Items compiled from Tribune news services" gives "Tribune news services"); else null. */
    private static String compiledFrom(String part) {
        Matcher compiled = COMPILED_FROM.matcher(part.strip());
        if (!compiled.matches() || !Character.isUpperCase(compiled.group(1).codePointAt(0))) {
            return null;
        }
        return compiled.group(1).strip();
    }

    /** The author names of a byline ("By Jane Doe", "Author: Jane Doe", "Jane Doe | Reuters"); null when none. */
    private String authors(String line) {
        // "Author: Jane Doe Category: News": the page's fields after the name are no part of it.
        Matcher field = FIELD_AFTER_NAME.matcher(line);
        String text = field.find() && field.start() > 0 ? line.substring(0, field.start()) : line;
        String names = Byline.parse(text, agencies);
        if (names != null) {
            return names;
        }
        Matcher label = AUTHOR_LABEL.matcher(text);
        if (label.matches() && !label.group(1).isBlank()) {
            return Byline.parse("By " + label.group(1).strip(), agencies);
        }
        return null;
    }

    private static HeaderLine line(int index, int end, String raw, String text, LineKind kind, boolean heading) {
        return new HeaderLine(index, end, raw, text, kind, heading, null, null, null);
    }

    /** The non-blank, non-comment lines of a word list shipped with Dateline. */
    static List<String> resourceLines(String resource) {
        try (InputStream in = LineClassifier.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    lines.add(p);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
