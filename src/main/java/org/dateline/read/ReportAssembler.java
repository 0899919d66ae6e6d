package org.dateline.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every source format shares: drop share noise and rules, take date lines, bylines
 * and captions out of the text, find the dateline, the trailing publisher line and the
 * publication date, and check that what is left is a news report.
 */
final class ReportAssembler {

    static final String LANGUAGE = "en";
    static final String PROMOTIONS = "/org/dateline/read/site-promos.txt";

    private static final Pattern RULE = Pattern.compile("\\s*([-*_])(?:\\s*\\1){2,}\\s*");
    private static final Pattern BOLD_LINE = Pattern.compile("\\s*(?:\\*\\*(.+)\\*\\*|__(.+)__)\\s*");
    private static final Pattern IMAGE_LINE = Pattern.compile("\\s*!\\[([^\\]]*)\\]\\([^)]*\\)\\s*");
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "(?:photo|image|picture)\\s*:\\s*(.+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PHOTO_START = Pattern.compile(
            "\\s*(?:(?:photo|image|picture)\\s*:|\\(\\s*(?:photo|image|picture|file photo)\\b).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("\\s*#{1,6}\\s+(.*?)\\s*#*\\s*");
    private static final Pattern QUOTE = Pattern.compile("\\s*>\\s?(.*)");
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\s*(?:(published|posted|first published|date)|(updated|last updated|modified))\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.+)",
            Pattern.CASE_INSENSITIVE);
    /** Words a publisher's name may have in lower case ("Voice of America", "Radio de Cuba"). */
    private static final Set<String> NAME_CONNECTORS = Set.of(
            "of", "de", "del", "la", "le", "el", "al", "the", "and", "&", "for", "in", "on", "du", "des", "di", "y");

    private static final Pattern LEADING_CREDIT = Pattern.compile(
            "\\(\\s*(\\p{Lu}[\\p{L}.&' -]{1,40}?)\\s*\\)\\s*(?:-{2}|[—–]|-)?\\s*(?=[\"“‘']?\\p{Lu})");

    private static final String OUTLET_NAME = "(?<name>(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})";
    /**
     * "… a judicial source told Ahram Online.": an unnamed source speaks to the outlet reporting. A
     * named person's interview ("the minister told CNN in an interview") is news any outlet may
     * repeat, so it names no publisher.
     */
    private static final Pattern TOLD_OUTLET = Pattern.compile(
            "\\bsources?\\b(?:[\\s,]+[\\p{L}'’-]+){0,6}?[\\s,]+(?:told|said to)\\s+" + OUTLET_NAME
                    + "(?=\\s*(?:[.,;]|on\\b|that\\b|$))(?!\\s*(?:on\\s+\\p{Lu}\\p{L}+\\s+)?in an interview)");
    /** "APA reported citing Daily Sabah", "Xinhua reported". */
    private static final Pattern OUTLET_REPORTED = Pattern.compile(
            OUTLET_NAME + "\\s+(?:reported|reports|informs|learned|has learned)\\s+(?:citing|referring to|quoting)\\b");

    /** How many of the first paragraphs may open with the dateline. */
    private static final int DATELINE_PARAGRAPHS = 3;

    private final Boilerplate boilerplate;
    private final AgencyDirectory agencies;
    private final LineClassifier classifier;
    private final ReportTail tail;
    private final List<Pattern> promotions;

    ReportAssembler(Boilerplate boilerplate, AgencyDirectory agencies) {
        this.boilerplate = boilerplate;
        this.agencies = agencies;
        this.classifier = LineClassifier.standard(boilerplate, agencies);
        this.tail = new ReportTail(Boilerplate.load(ReportTail.MARKERS), this, classifier);
        this.promotions = LineClassifier.resourceLines(PROMOTIONS).stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    Boilerplate boilerplate() {
        return boilerplate;
    }

    AgencyDirectory agencies() {
        return agencies;
    }

    LineClassifier classifier() {
        return classifier;
    }

    ReportDoc assemble(Path file, Source source, ReportDraft draft) throws UnreadableSourceException {
        // Teasers, tags and comment forms go first: their heading ("Related Articles") is noise too.
        List<List<String>> blocks = dropNoise(tail.cut(draft.blocks, draft.markdown), draft.markdown);

        // "Follow TODAY on WhatsApp": a site's promotion of itself goes, and names it.
        String promoted = dropPromotions(blocks, draft.markdown);

        // Credit lines at the end name the publisher.
        ReportTail.Trimmed credited = tail.credits(blocks, draft.markdown);
        blocks = credited.blocks();
        String publisher = draft.publisher;
        if (publisher == null) {
            publisher = credited.publisher();
        }

        List<String> captions = new ArrayList<>(draft.captions);
        List<String> paragraphs = new ArrayList<>();
        String byline = draft.byline;
        DateParser.DateMatch dateLine = null;
        DateParser.DateMatch updatedLine = null;
        if (draft.stamp != null && draft.stamp.date() != null) {
            if (draft.stamp.kind() == TimestampLine.Kind.UPDATED) {
                updatedLine = draft.stamp.date();
            } else {
                dateLine = draft.stamp.date();
            }
        }
        boolean header = true;
        for (List<String> block : blocks) {
            List<String> kept = new ArrayList<>();
            for (String line : block) {
                String plain = draft.markdown ? InlineMarkup.toText(line) : SourceText.collapseSpaces(line);
                Matcher published = PUBLISHED.matcher(plain);
                if (published.matches()) {
                    DateParser.DateMatch date = DateParser.parseDateLine(published.group(3));
                    if (date != null) {
                        if (published.group(1) != null) {
                            dateLine = dateLine == null ? date : dateLine;
                        } else if (updatedLine == null) {
                            updatedLine = date;
                        }
                        continue;
                    }
                }
                if (header && kept.isEmpty()) {
                    DateParser.DateMatch date = DateParser.parseDateLine(plain);
                    if (date != null) {
                        dateLine = dateLine == null ? date : dateLine;
                        continue;
                    }
                    String names = Byline.parse(plain, agencies);
                    if (names != null && byline == null) {
                        byline = names;
                        continue;
                    }
                }
                String caption = caption(line, draft.markdown);
                if (caption != null) {
                    if (!caption.isEmpty()) {
                        captions.add(caption);
                    }
                    continue;
                }
                kept.add(draft.markdown ? markdownLine(line) : plain);
            }
            for (String paragraph : ParagraphLines.paragraphs(kept)) {
                paragraphs.add(paragraph);
                header = false;
            }
        }

        // The dateline opens the first paragraph, or one of the next when a standfirst or
        // summary points stand above it.
        Dateline dateline = null;
        java.time.DayOfWeek datelineWeekday = null;
        String leadingCredit = null;
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            // "(Bloomberg) -- A 6.1 magnitude earthquake …": the outlet in brackets opens the report.
            Matcher credit = LEADING_CREDIT.matcher(paragraphs.get(i));
            if (leadingCredit == null && credit.lookingAt() && isCreditName(credit.group(1))) {
                leadingCredit = agencies.asCredited(credit.group(1));
                paragraphs.set(i, paragraphs.get(i).substring(credit.end()));
            }
            DatelineParser.Result found = DatelineParser.parse(paragraphs.get(i), agencies);
            if (found != null) {
                dateline = found.dateline();
                datelineWeekday = found.weekday();
                paragraphs.set(i, found.rest());
                break;
            }
        }

        // "By Staff Reporter KATHMANDU: Nepal …": a lead-in run into the dateline's paragraph.
        for (int i = 0; dateline == null && i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            DatelineParser.Inside inside = DatelineParser.parseInLead(paragraphs.get(i), agencies);
            if (inside != null) {
                dateline = inside.result().dateline();
                datelineWeekday = inside.result().weekday();
                paragraphs.set(i, inside.result().rest());
                String names = Byline.parse(inside.leadIn(), agencies);
                TimestampLine.Stamp stamp = TimestampLine.parse(inside.leadIn());
                if (names != null) {
                    byline = byline == null ? names : byline;
                } else if (stamp != null) {
                    boolean dated = stamp.date() != null && stamp.kind() != TimestampLine.Kind.UPDATED;
                    dateLine = dateLine == null && dated ? stamp.date() : dateLine;
                } else {
                    paragraphs.add(i, inside.leadIn());
                }
            }
        }
        // "… to China. (Xinhua)": an agency in brackets closing one of the first paragraphs credits the report.
        String closingCredit = null;
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()) && closingCredit == null; i++) {
            String[] cut = tail.agencyClosing(paragraphs.get(i));
            if (cut != null) {
                paragraphs.set(i, cut[0]);
                closingCredit = cut[1];
            }
        }

        if (dateline == null && draft.dateline != null) {
            dateline = draft.dateline; // "AP, JAKARTA" on its own line above the body
        }

        String whyNot = NewsReportCheck.proseReason(paragraphs);
        if (whyNot != null) {
            throw new UnreadableSourceException(file, "not a news report: " + whyNot);
        }

        String body = String.join("\n\n", paragraphs);
        String agencyName = dateline == null || dateline.agency() == null ? null : agencies.nameOrCode(dateline.agency());
        if (publisher == null) {
            publisher = dateline != null && dateline.agency() != null ? agencies.asCredited(dateline.agency())
                    : leadingCredit != null ? leadingCredit : closingCredit != null ? closingCredit
                    : draft.siteName != null ? draft.siteName : promoted;
        }
        if (publisher == null) {
            publisher = namedInBody(body);
        }
        PublicationDate published = publicationDate(draft, dateLine == null ? updatedLine : dateLine,
                dateline, datelineWeekday, draft.headline, body, captions);
        return new ReportDoc(source, Fingerprint.of(draft.rawSegment), draft.headline, body, captions, byline,
                dateline, published, publisher, agencyName, LANGUAGE);
    }

    /**
     * The outlet the body names as its own source when nothing else credits one: "a judicial source
     * told Ahram Online", "APA reported citing Daily Sabah". Only a known agency or a name made
     * like an outlet's ("… Online", "… News") counts; null when the body names none.
     */
    private String namedInBody(String body) {
        for (Pattern p : new Pattern[] {TOLD_OUTLET, OUTLET_REPORTED}) {
            Matcher m = p.matcher(body);
            while (m.find()) {
                String name = m.group("name").strip();
                if (agencies.isAgency(name)) {
                    return agencies.asCredited(name);
                }
                if (classifier.siteName(name) != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * Takes the lines in which the site promotes itself out of the blocks; the outlet's name the
     * first one gives (null when none).
     */
    private String dropPromotions(List<List<String>> blocks, boolean markdown) {
        String name = null;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> kept = new ArrayList<>();
            for (String line : blocks.get(b)) {
                String plain = (markdown ? InlineMarkup.toText(line) : SourceText.collapseSpaces(line)).strip();
                String promoted = promotedName(plain);
                if (promoted == null) {
                    kept.add(line);
                } else if (name == null) {
                    name = promoted;
                }
            }
            blocks.set(b, kept);
        }
        blocks.removeIf(List::isEmpty);
        return name;
    }

    /** The outlet a promotion line names ("Follow TODAY on WhatsApp" gives "TODAY"); null when the line is none. */
    String promotedName(String plain) {
        for (Pattern promo : promotions) {
            Matcher m = promo.matcher(plain);
            if (m.matches()) {
                String name = m.group("name").strip();
                if (name.equalsIgnoreCase("us") || name.toLowerCase(Locale.ROOT).startsWith("our ")) {
                    return null;
                }
                return publisherName(name, false);
            }
        }
        return null;
    }

    private List<List<String>> dropNoise(List<List<String>> blocks, boolean markdown) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> block : blocks) {
            List<String> kept = new ArrayList<>();
            for (String line : block) {
                if (line.isBlank() || boilerplate.isNoise(line) || markdown && RULE.matcher(line).matches()) {
                    continue;
                }
                kept.add(line);
            }
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out;
    }

    private static PublicationDate publicationDate(ReportDraft draft, DateParser.DateMatch dateLine,
            Dateline dateline, java.time.DayOfWeek weekday, String headline, String body, List<String> captions) {
        if (draft.published != null) {
            return draft.published;
        }
        PartialDate fromDateline = dateline == null ? null : dateline.date();
        if (dateLine != null) {
            PartialDate date = dateLine.date();
            if (date.isComplete()) {
                return new PublicationDate(date, false, null);
            }
            // "March 2024" above "WASHINGTON, March 19 —": the dateline completes the date line.
            if (date.day() == null && date.month() != null && fromDateline != null && fromDateline.day() != null
                    && date.month().equals(fromDateline.month())) {
                return new PublicationDate(new PartialDate(date.year(), date.month(), fromDateline.day()), false, null);
            }
            return new PublicationDate(date, false, date.month() == null ? "month and day not stated" : "day not stated");
        }
        if (fromDateline == null) {
            return null;
        }
        if (fromDateline.hasYear()) {
            return new PublicationDate(fromDateline, false, null);
        }
        String text = (headline == null ? "" : headline + "\n") + body + "\n" + String.join("\n", captions);
        return YearInference.infer(fromDateline, weekday, text);
    }

    /** A name in brackets opening a report is a credit when it reads as one and not as a remark ("(File)", "(Updated)"). */
    private boolean isCreditName(String name) {
        if (classifier.hasCaptionSign("(" + name + ")") || DatelineParser.isNotPlace(name)) {
            return false;
        }
        String[] words = name.split("\\s+");
        return words.length <= 5 && Arrays.stream(words)
                .allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || NAME_CONNECTORS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The caption a line is, "" for an image without alt text, null when it is no caption. */
    static String caption(String line, boolean markdown) {
        if (markdown) {
            Matcher bold = BOLD_LINE.matcher(line);
            if (bold.matches()) {
                String inner = bold.group(1) != null ? bold.group(1) : bold.group(2);
                if (!inner.contains("**")) {
                    return InlineMarkup.toText(inner);
                }
            }
            Matcher image = IMAGE_LINE.matcher(line);
            if (image.matches()) {
                return InlineMarkup.toText(image.group(1));
            }
        }
        String plain = markdown ? InlineMarkup.toText(line) : line.strip();
        if (PHOTO_START.matcher(plain).matches()) {
            // "(Photo: Jane Doe/AFP)" and "Photo: Jane Doe/AFP" give "Jane Doe/AFP";
            // "(Photo by Jane Doe)" gives "Photo by Jane Doe".
            String inner = plain.startsWith("(") && plain.endsWith(")") ? plain.substring(1, plain.length() - 1).strip() : plain;
            Matcher label = PHOTO_LABEL.matcher(inner);
            return label.matches() ? label.group(1).strip() : inner;
        }
        return null;
    }

    /** A body line of markdown as plain text: heading marks and quote marks go too. */
    private static String markdownLine(String line) {
        String s = line;
        Matcher quote = QUOTE.matcher(s);
        if (quote.matches()) {
            s = quote.group(1);
        }
        Matcher heading = HEADING.matcher(s);
        if (heading.matches()) {
            s = heading.group(1);
        }
        return InlineMarkup.toText(s);
    }

    /**
     * The publisher's name when the line is one: at most six words, no sentence punctuation,
     * every word capitalised or a connector ("Radio Habana Cuba", "Voice of America").
     */
    String publisherName(String line, boolean markdown) {
        String name = markdown ? InlineMarkup.toText(line) : SourceText.collapseSpaces(line);
        if (name.isEmpty() || name.length() > 80 || name.matches(".*[.!?:;,\"“”]$")) {
            return null;
        }
        if (DateParser.parseDateLine(name) != null || Byline.parse(name, agencies) != null) {
            return null;
        }
        String[] words = name.split("\\s+");
        if (words.length > 6 || !Character.isUpperCase(name.codePointAt(0))) {
            return null;
        }
        for (String word : words) {
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0));
            if (!capitalised && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        return name;
    }
}
