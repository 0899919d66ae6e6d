package org.dateline.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a report's first paragraph: "Niamey, May 15 (RHC)--",
 * "WASHINGTON:", "LONDON (Reuters) -", "Ouagadougou, Burkina Faso, March 3 —".
 *
 * <p>It is deliberately conservative: a wrong dateline invents a place and cuts words from the
 * body, which is worse than missing one. So the text before the separator must parse completely
 * as place [, region]* [, date] [(agency)], and a place with neither date nor agency is accepted
 * only in capitals ("WASHINGTON:"), the one form ordinary sentences do not take.
 */
final class DatelineParser {

    private static final Pattern MONTH_OR_DAY = Pattern.compile("jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?"
            + "|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?");
    private static final Pattern LETTERS_OR_NOT = Pattern.compile("[\\p{L}]+|[^\\p{L}]+");

    /** The dateline and the paragraph text after it. */
    record Result(Dateline dateline, java.time.DayOfWeek weekday, String rest) {
    }

    /** A dateline found inside a paragraph's first sentence, and the words before it ("By Staff Reporter"). */
    record Inside(String leadIn, Result result) {
    }

    /** How far into a paragraph a dateline after a lead-in may start. */
    private static final int MAX_LEAD_IN = 300;

    /** How far into the paragraph the separator may be. */
    private static final int MAX_PREFIX = 80;

    // "--" and dashes may touch the agency's parenthesis ("(RHC)--"); a plain hyphen must have
    // spaces around it so that "Guinea-Bissau" is not split; a colon needs a space after it.
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:-{2,}|[—–]|\\s-)\\s*|:\\s+");
    private static final Pattern AGENCY = Pattern.compile("\\s*\\(([\\p{L}][\\p{L}\\p{N} .&'-]{0,38})\\)\\s*$");
    private static final Pattern AGENCY_THEN_PLACE = Pattern.compile("([\\p{L}][\\p{L}.&-]{1,20})\\s*[,/]\\s*([^,()]{2,40}?)\\s*[.:]?");
    private static final Pattern PLACE_BULLET_AGENCY = Pattern.compile("([^,()•·|]{2,40}?)\\s*[•·|]\\s*([^,()•·|]{2,40}?)");
    private static final Pattern PLACE_THEN_AGENCY = Pattern.compile("([^,()]{2,40}?)\\s*\\(([\\p{L}][\\p{L}.&-]{1,20})\\)\\s*[-—–:]*");
    private static final Pattern PLACE_DATE_OUTLET = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’ -]{1,30}?)\\.\\s+(\\d{1,2}\\s+\\p{L}{3,9}\\.?(?:\\s+\\d{4})?)\\.?\\s+(\\p{Lu}[\\p{L}\\p{N}.&-]{1,24})\\s*/\\s*");
    private static final Pattern PLACE_AGENCY_DATE = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:,?\\s\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+\\(([\\p{L}][\\p{L}. &-]{1,20})\\)\\s+"
                    + "(\\p{L}{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4})\\s+(?=[\"“‘']?\\p{Lu})");
    /**
     * "MOSCOW, March 4. /TASS/. Russian …", "NAIROBI, Kenya, March 4, 2024 /PRNewswire/ -- The …": the
     * agency between slashes, as some agencies and release wires close their datelines.
     */
    private static final Pattern SLASH_AGENCY = Pattern.compile(
            "([^/()]{2,70}?)\\.?\\s*/\\s*([\\p{L}][\\p{L}\\p{N}.&-]{1,20})\\s*/\\s*(?:\\.|-{1,2}|[—–])?\\s+(?=[\"“‘']?\\p{Lu})");
    /** "Havana, Mar 4 (Prensa Latina) The …": the agency in brackets, the sentence after it with no mark between. */
    private static final Pattern BRACKETED_AGENCY = Pattern.compile(
            "([^()]{2,70}?)\\s*\\(([\\p{L}][\\p{L}\\p{N} .&'-]{1,38})\\)\\s+(?=[\"“‘']?\\p{Lu})");
    /** A place written in capitals where a dateline inside a paragraph starts ("ISLAMABAD, Feb 5 (APP):"). */
    private static final Pattern CAPITALS_PLACE = Pattern.compile("\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*)*(?![\\p{L}])");
    private static final Pattern LEADING_WORD = Pattern.compile("[\\p{L}]+\\.?,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?<=\\b\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+[\"“‘']?\\p{Lu}");
    private static final Pattern WORD_START = Pattern.compile("(?<=[\\s.:;!?])[\"“‘']?\\p{Lu}");
    private static final Pattern LEAD_IN_BYLINE = Pattern.compile("(?i:by)\\s+\\p{Lu}[\\p{L}.'’ -]{1,50}");
    private static final Pattern CREDIT_WITH_DATE = Pattern.compile(
            ",?\\s*\\(([^()]{2,60}?)\\s*[-–—,]\\s*([^()]{4,30}?)\\s*\\)\\s*$");
    private static final Pattern DATE_SEGMENT = Pattern.compile(
            ",\\s*((?:[\\p{L}]+\\.?,?\\s+)?(?:" + DateParser.MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}]+\\.?)"
                    + "(?:,?\\s+\\d{4})?)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern REGION_IN_BRACKETS = Pattern.compile("\\s*(?:\\([^()]{1,40}\\)|\\[[^\\[\\]]{1,40}\\])");
    private static final Pattern OPENS_SENTENCE = Pattern.compile("[\"“‘']?\\p{Lu}.*", Pattern.DOTALL);
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"”’')\\]]*\\s*", Pattern.DOTALL);
    private static final Pattern PLACE_WORD = Pattern.compile("[\\p{Lu}][\\p{L}.'’-]*|[\\p{L}]+");

    /** Words that join the words of a place name ("Rio de Janeiro", "Port-au-Prince"). */
    private static final Set<String> CONNECTORS = Set.of(
            "de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "les", "el", "al", "es",
            "of", "the", "and", "on", "upon", "au", "aux", "en", "sur", "am", "an", "der", "van", "von",
            "y", "bin", "ibn");

    /** Capitalised words that open sentences, never datelines. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "however", "meanwhile", "but", "and", "or", "in", "on", "at", "for", "according", "after",
            "before", "during", "last", "this", "that", "these", "those", "when", "while", "although",
            "earlier", "later", "also", "yet", "so", "today", "yesterday", "tomorrow", "still", "now",
            "then", "since", "as", "if", "it", "he", "she", "they", "we", "i", "you", "there", "here",
            "officials", "breaking", "update", "updated", "exclusive", "watch", "note", "editor",
            "analysis", "opinion", "photo", "image", "video", "live", "read", "source", "sources",
            "by", "from", "with", "to", "a", "an", "his", "her", "their", "our", "its", "what", "why",
            "how", "who", "where", "warning", "summary", "background", "first", "second", "finally",
            "published", "posted", "related", "share", "click", "follow", "subscribe", "advertisement");

    /** Capitalised words that open a paragraph with a colon but are organisations or labels. */
    private static final Set<String> NOT_PLACES = Set.of(
            "UN", "US", "USA", "UK", "EU", "AU", "NATO", "ECOWAS", "OPEC", "ASEAN", "BRICS", "IMF", "WHO",
            "UNICEF", "UNHCR", "ICC", "ICJ", "UAE", "CNSP", "FBI", "CIA", "PM", "BREAKING", "UPDATE",
            "EXCLUSIVE", "WATCH", "LIVE", "NOTE", "EDITOR'S NOTE", "CORRECTION", "OPINION", "ANALYSIS",
            "VIDEO", "PHOTOS", "FACTBOX", "EXPLAINER", "QUOTE", "Q", "A", "FILE", "PHOTO", "UPDATE 1", "UPDATE 2",
            "WATCH LIVE", "BREAKING NEWS", "REPORT", "STATEMENT", "PRESS RELEASE", "SPEECH", "INTERVIEW", "READ");

    private static final Set<String> OUTLET_WORDS = LineClassifier.resourceLines(LineClassifier.OUTLET_WORDS).stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private DatelineParser() {
    }

    /** The dateline opening the paragraph, or null when the paragraph does not open with one. */
    static Result parse(String paragraph, AgencyDirectory agencies) {
        Result result = parseAt(paragraph, agencies);
        if (result == null) {
            result = placeDateOutlet(paragraph);
        }
        if (result == null) {
            result = placeAgencyDate(paragraph, agencies);
        }
        if (result == null) {
            result = agencyWithoutSeparator(paragraph, agencies);
        }
        if (result == null && paragraph.startsWith("(")) {
            // An aggregator's credit before the dateline: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, Feb 2 (KUNA) --".
            int close = closingParenthesis(paragraph);
            if (close > 0 && close < MAX_PREFIX + 20) {
                result = parseAt(paragraph.substring(close + 1).strip(), agencies);
            }
        }
        return result;
    }

    /**
     * "MOSCOW, March 4. /TASS/. Russian …", "Havana, Mar 4 (Prensa Latina) The …": a known agency
     * closes the dateline with no dash or colon before the sentence. Null when the paragraph does
     * not open so.
     */
    private static Result agencyWithoutSeparator(String paragraph, AgencyDirectory agencies) {
        for (Pattern form : new Pattern[] {SLASH_AGENCY, BRACKETED_AGENCY}) {
            Matcher m = form.matcher(paragraph);
            // Between slashes an agency's code is unmistakable ("/ARKA/."); in brackets it must be known.
            if (!m.lookingAt() || m.end() > MAX_PREFIX + 20
                    || !agencies.isAgency(m.group(2)) && !(form == SLASH_AGENCY && looksLikeAgencyCode(m.group(2)))) {
                continue;
            }
            String prefix = m.group(1).strip().replaceFirst("\\.$", "");
            String rest = paragraph.substring(m.end()).strip();
            Result read = parseAt(prefix + " (" + m.group(2).strip() + ") — " + rest, agencies);
            if (read != null && read.rest().equals(rest)) {
                Dateline d = read.dateline();
                return new Result(new Dateline(paragraph.substring(0, m.end()).strip(), d.place(), d.date(), d.agency()),
                        read.weekday(), rest);
            }
        }
        return null;
    }

    /**
     * A dateline inside a paragraph's first sentence, after a lead-in a scraper ran into it ("By
     * Staff Reporter KATHMANDU: Nepal …", "… through Afghanistan. ISLAMABAD, Feb 5 (APP): Pakistan
     * …"). Inside a sentence a dateline must be unmistakable: a known agency in it, or the place in
     * capitals with a date, or after a finished sentence or an author's name. Null when none.
     */
    static Inside parseInLead(String paragraph, AgencyDirectory agencies) {
        Matcher start = WORD_START.matcher(paragraph);
        while (start.find() && start.start() <= MAX_LEAD_IN) {
            int at = start.start();
            String leadIn = paragraph.substring(0, at).strip();
            // "NAIROBI, Kenya, …": after a comma the dateline started earlier.
            if (leadIn.isEmpty() || leadIn.endsWith(",")) {
                continue;
            }
            Result r = parse(paragraph.substring(at), agencies);
            if (r == null) {
                continue;
            }
            Dateline d = r.dateline();
            boolean knownAgency = d.agency() != null && agencies.isAgency(d.agency());
            Matcher capitals = CAPITALS_PLACE.matcher(d.text());
            boolean inCapitals = capitals.lookingAt() && capitals.group().codePoints().filter(Character::isLetter).count() >= 3
                    && !isNotPlace(capitals.group());
            // An author line or a timestamp run into the paragraph is header, not prose: after one a
            // place in title case ("By Jane Doe Islamabad: …", "4 March 2024 Lagos — …") stands apart too.
            boolean afterHeader = LEAD_IN_BYLINE.matcher(leadIn).matches() || TimestampLine.parse(leadIn) != null;
            boolean setApart = afterHeader || ENDS_SENTENCE.matcher(leadIn).matches();
            if (knownAgency || inCapitals && (d.date() != null || setApart) || afterHeader && !isNotPlace(d.place())) {
                return new Inside(leadIn, r);
            }
        }
        return null;
    }

    private static Result parseAt(String paragraph, AgencyDirectory agencies) {
        // Only the first separator may end a dateline: later ones belong to the sentence. A dash
        // inside brackets ("TOKYO, (UrduPoint -21st Sept, 2016) -") is part of the credit.
        Matcher sep = SEPARATOR.matcher(paragraph);
        boolean found = false;
        while (sep.find() && sep.start() <= MAX_PREFIX) {
            if (!insideBrackets(paragraph, sep.start())) {
                found = true;
                break;
            }
        }
        if (!found) {
            return null;
        }
        return tryPrefix(paragraph, sep, agencies);
    }

    /** "21st Sept,2016" as a date with a year; null when it is none. */
    private static DateParser.DateMatch creditDate(String text) {
        String s = text.replaceAll("(?<=\\d)(?:st|nd|rd|th)\\b", "").strip();
        for (String form : new String[] {s.replaceAll(",\\s*", ", "), s.replaceAll(",\\s*", " ")}) {
            DateParser.DateMatch date = DateParser.parseDateLine(form);
            if (date != null && date.date().isComplete()) {
                return date;
            }
        }
        return null;
    }

    /** Capitalised words, "/" or "|" between two names ("UrduPoint / Pakistan Point News"). */
    private static boolean looksLikeOutletName(String name) {
        return name.matches("\\p{Lu}[\\p{L}\\p{N}.&'’ -]{1,40}(?:\\s*[/|]\\s*\\p{Lu}[\\p{L}\\p{N}.&'’ -]{1,40})?");
    }

    /**
     * "Ankara (AFP) Nov 4, 2020 Turkey on Wednesday …": place, a known agency and a full date with
     * no mark before the sentence. Null when the paragraph does not open so.
     */
    private static Result placeAgencyDate(String paragraph, AgencyDirectory agencies) {
        Matcher m = PLACE_AGENCY_DATE.matcher(paragraph);
        if (!m.lookingAt() || !agencies.isAgency(m.group(2)) || m.end() > MAX_PREFIX) {
            return null;
        }
        for (String segment : m.group(1).split("\\s*,\\s*")) {
            if (!isPlaceLike(segment) || isNotPlace(segment)) {
                return null;
            }
        }
        String dateText = m.group(3);
        DateParser.DateMatch date = DateParser.parseDateLine(dateText);
        if (date == null) {
            date = DateParser.parseDateLine(dateText.replaceAll(",?\\s+", " "));
        }
        String rest = paragraph.substring(m.end()).strip();
        if (date == null || NewsReportCheck.countWords(rest) < 6) {
            return null;
        }
        String place = m.group(1).split("\\s*,\\s*")[0];
        return new Result(new Dateline(paragraph.substring(0, m.end()).strip(), isAllCapitals(place) ? titleCase(place) : place,
                date.date(), m.group(2).strip()), date.weekday(), rest);
    }

    /**
     * "Baku. 27 June. REPORT.AZ/ …": place, date and outlet each closed by its own mark, as some
     * agencies open their reports. Null when the paragraph does not open so.
     */
    private static Result placeDateOutlet(String paragraph) {
        Matcher m = PLACE_DATE_OUTLET.matcher(paragraph);
        if (!m.lookingAt() || !isPlaceLike(m.group(1)) || isNotPlace(m.group(1))) {
            return null;
        }
        DateParser.DateMatch date = DateParser.parseDatelineDate(m.group(2));
        String rest = paragraph.substring(m.end()).strip();
        if (date == null || rest.isEmpty()) {
            return null;
        }
        String place = m.group(1);
        return new Result(new Dateline(paragraph.substring(0, m.end()).strip(), isAllCapitals(place) ? titleCase(place) : place,
                date.date(), m.group(3)), date.weekday(), rest);
    }

    private static boolean insideBrackets(String s, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static int closingParenthesis(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Result tryPrefix(String paragraph, Matcher sep, AgencyDirectory agencies) {
        String prefix = paragraph.substring(0, sep.start()).strip();
        String rest = paragraph.substring(sep.end()).strip();
        // "… through Afghanistan. ISLAMABAD": a sentence ends inside it, so it is no dateline.
        if (prefix.isEmpty() || rest.isEmpty() || SENTENCE_BREAK.matcher(prefix).find()) {
            return null;
        }
        // The dateline exactly as written, up to the end of the separator, without the spaces
        // after it.
        String text = paragraph.substring(0, sep.end()).strip();

        String agency = null;
        String remaining = prefix;
        DateParser.DateMatch date = null;
        Matcher a = AGENCY.matcher(remaining);
        Matcher credited = CREDIT_WITH_DATE.matcher(remaining);
        boolean creditWithDate = false;
        if (a.find()) {
            agency = a.group(1).strip();
            remaining = remaining.substring(0, a.start()).strip();
        } else if (credited.find() && (date = creditDate(credited.group(2))) != null) {
            // "TOKYO, (UrduPoint / Pakistan Point News -21st Sept, 2016)": the outlet and the date in brackets.
            // Of two names ("UrduPoint / Pakistan Point News"), the first is the outlet's.
            agency = credited.group(1).split("\\s+[/|]\\s+")[0].strip();
            remaining = remaining.substring(0, credited.start()).strip();
            creditWithDate = true;
        }

        remaining = ORDINAL.matcher(remaining).replaceAll(""); // "4th March" is "4 March"
        Matcher d = DATE_SEGMENT.matcher(remaining);
        if (date == null && d.find()) {
            date = DateParser.parseDatelineDate(d.group(1));
            int end = d.start();
            // "NAIROBI, Kenya, March 4, 2024": the word taken for a weekday is the last place segment.
            Matcher word = LEADING_WORD.matcher(d.group(1));
            if (date == null && word.lookingAt()) {
                date = DateParser.parseDatelineDate(d.group(1).substring(word.end()));
                end = d.start(1) + word.end();
            }
            if (date == null) {
                return null;
            }
            remaining = remaining.substring(0, end).strip().replaceFirst(",$", "").strip();
        }

        // "Kolkata (West Bengal) [India]": the region and country in brackets name the same place.
        remaining = REGION_IN_BRACKETS.matcher(remaining).replaceAll("").strip();
        String[] segments = remaining.split("\\s*,\\s*");
        // "Tehran, IRNA --": a known agency after the place, with no brackets.
        if (agency == null && segments.length > 1 && agencies.isAgency(segments[segments.length - 1])) {
            agency = segments[segments.length - 1];
            segments = java.util.Arrays.copyOf(segments, segments.length - 1);
        }
        for (int i = 0; i < segments.length; i++) {
            if (!isPlaceLike(segments[i]) || i > 0 && namesAgency(segments[i], agencies)) {
                return null; // "Jane Doe, Reuters LONDON": an author's credit, not a region
            }
        }
        String place = segments[0];
        boolean capitals = isAllCapitals(place);
        // A place alone is a dateline in capitals ("WASHINGTON:"), or in title case ("Kolkata:",
        // "Manila, Philippines –") when a sentence in its own right follows it.
        if (date == null && agency == null
                && (NOT_PLACES.contains(place.toUpperCase(Locale.ROOT)) || !capitals && !opensSentence(rest)
                        || namesOutlet(place))) {
            return null; // "Africa-Press – Nigeria.": an outlet's name and edition, not a place
        }
        if (agency != null && !agencies.nameOf(agency).isPresent() && !looksLikeAgencyCode(agency)
                && !(creditWithDate && looksLikeOutletName(agency))) {
            return null;
        }
        return new Result(
                new Dateline(text, capitals ? titleCase(place) : place, date == null ? null : date.date(), agency),
                date == null ? null : date.weekday(),
                rest);
    }

    /**
     * A credit line standing alone under a headline that names the agency and the place, "AP,
     * JAKARTA" or "JAKARTA (AFP)": a dateline printed on its own line. Null when the line is none;
     * only a known agency counts, so a line of two names is not taken for one.
     */
    static Dateline creditLine(String line, AgencyDirectory agencies) {
        String s = line.strip();
        Matcher m = AGENCY_THEN_PLACE.matcher(s);
        String agency;
        String place;
        Matcher bullet = PLACE_BULLET_AGENCY.matcher(s);
        if (m.matches()) {
            agency = m.group(1);
            place = m.group(2);
        } else if (bullet.matches()) {
            // "Kyiv • UNN", "UNN • Kyiv": either may come first; the known agency tells which is which.
            boolean agencyFirst = agencies.isAgency(bullet.group(1)) && !agencies.isAgency(bullet.group(2));
            agency = agencyFirst ? bullet.group(1) : bullet.group(2);
            place = agencyFirst ? bullet.group(2) : bullet.group(1);
        } else {
            m = PLACE_THEN_AGENCY.matcher(s);
            if (!m.matches()) {
                return null;
            }
            place = m.group(1);
            agency = m.group(2);
        }
        if (!agencies.isAgency(agency) || !isPlaceLike(place) || isNotPlace(place)) {
            return null;
        }
        return new Dateline(s, isAllCapitals(place) ? titleCase(place) : place, null, agency.strip());
    }

    /** True when a word of the name (hyphenated parts too) is one outlets are named with ("Press", "News"). */
    private static boolean namesOutlet(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (OUTLET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesAgency(String segment, AgencyDirectory agencies) {
        for (String word : segment.split("\\s+")) {
            if (word.length() > 2 && agencies.isAgency(word)) {
                return true;
            }
        }
        return false;
    }

    /** True for the labels and organisations that open paragraphs like places ("UPDATE", "FILE", "NATO"). */
    static boolean isNotPlace(String word) {
        return NOT_PLACES.contains(word.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean opensSentence(String rest) {
        // A title can read "Turkish President: We will not allow …"; a paragraph ends like a sentence or runs long.
        int words = NewsReportCheck.countWords(rest);
        return OPENS_SENTENCE.matcher(rest).matches() && words >= 6
                && (ENDS_SENTENCE.matcher(rest).matches() || words >= 40);
    }

    /** One to five capitalised words (joined by connectors), no digits, not a sentence opener. */
    static boolean isPlaceLike(String segment) {
        if (segment.isEmpty() || segment.length() > 40) {
            return false;
        }
        String[] words = segment.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        String first = words[0];
        if (!Character.isUpperCase(first.codePointAt(0))) {
            return false;
        }
        String firstLower = first.toLowerCase(Locale.ROOT).replaceAll("[.'’]", "");
        if (SENTENCE_OPENERS.contains(firstLower) || isMonthWord(firstLower)) {
            return false;
        }
        for (String word : words) {
            if (!PLACE_WORD.matcher(word).matches()) {
                return false;
            }
            if (!Character.isUpperCase(word.codePointAt(0))
                    && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))
                    && !allPartsConnectorsOrCapitalised(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMonthWord(String word) {
        return MONTH_OR_DAY.matcher(word).matches();
    }

    private static boolean allPartsConnectorsOrCapitalised(String word) {
        // "al-Arish": a connector joined to a capitalised name by a hyphen.
        String[] parts = word.split("-");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || !Character.isUpperCase(part.codePointAt(0)) && !CONNECTORS.contains(part.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeAgencyCode(String agency) {
        // Unknown agencies are kept only when they look like a code or a name, not a remark
        // such as "(file photo)".
        return agency.matches("[\\p{Lu}][\\p{Lu}\\p{N}&-]{1,9}|[\\p{Lu}][\\p{Ll}]+(?: [\\p{Lu}][\\p{Ll}]+){0,3}");
    }

    static boolean isAllCapitals(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters && s.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** "NEW YORK" gives "New York", "RIO DE JANEIRO" "Rio de Janeiro", "PORT-AU-PRINCE" "Port-au-Prince". */
    static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        Matcher word = LETTERS_OR_NOT.matcher(capitals);
        boolean first = true;
        String previousSeparator = "";
        while (word.find()) {
            String token = word.group();
            if (!Character.isLetter(token.charAt(0))) {
                out.append(token);
                previousSeparator = token;
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            boolean afterApostrophe = previousSeparator.endsWith("'") || previousSeparator.endsWith("’");
            if (!first && CONNECTORS.contains(lower) && !afterApostrophe) {
                out.append(lower);
            } else {
                out.append(token.substring(0, 1)).append(lower.substring(1));
            }
            first = false;
        }
        return out.toString();
    }
}
