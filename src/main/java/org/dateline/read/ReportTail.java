package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows a report's last paragraph on a page: teasers of other reports, tags and comment
 * forms (cut), and the credit lines that name who published it ("SOURCE: Reuters", "— AFP",
 * "(With inputs from PTI)", "© 2024 The Associated Press", a publisher's name alone), which are
 * taken out of the body and give the publisher.
 */
final class ReportTail {

    static final String MARKERS = "/org/dateline/read/tail-markers.txt";

    /** How many of the last lines may be credit lines. */
    private static final int CREDIT_LINES = 3;
    /** A tail marker cuts only when at least this share of the prose stands before it. */
    private static final double PROSE_BEFORE_MARKER = 0.6;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SOURCE = Pattern.compile(
            "\\(?\\s*(?:source|sources|credit|report(?:ed)? by|story by)\\s*:\\s*(?<name>[^()]{2,60}?)\\s*\\)?\\.?", FLAGS);
    private static final Pattern DASH_NAME = Pattern.compile("[—–-]{1,2}\\s*(?<name>[^—–-].{1,50}?)\\s*", FLAGS);
    private static final Pattern INPUTS = Pattern.compile(
            "\\(?\\s*(?:with\\s+)?(?:inputs?|additional reporting|reporting|information)\\s+(?:from|by)\\s+"
                    + "(?:agencies\\s+and\\s+)?(?<name>[^();]{2,60}?)\\s*\\)?\\.?", FLAGS);
    private static final Pattern CREDIT_NO_NAME = Pattern.compile(
            "\\(\\s*(?:reporting|writing|additional reporting|editing|compiled|compiling|edited|translated)\\s+by\\b.*\\)\\.?"
                    + "|(?:reporting|editing)\\s+by\\s+[^.]{2,120};.*",
            FLAGS);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*[,-]?\\s*)?(?<name>[^.,©]{2,60}?)\\s*[.,]?"
                    + "\\s*(?:all rights reserved\\b.{0,80})?", FLAGS);
    /** "Distributed by APO Group on behalf of …": a release wire's credit; what follows is the wire's page. */
    private static final Pattern DISTRIBUTED = Pattern.compile(
            "(?:distributed|issued|published)\\s+by\\s+(?<name>[^.,()]{2,50}?)\\s+on behalf of\\b.{2,120}", FLAGS);
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:][\"”’')\\]]*\\s*$");
    private static final Pattern CODE_AFTER_SENTENCE = Pattern.compile(
            "(.*[.!?…][\"”’')\\]]*)\\s*\\(\\s*(?<name>[\\p{L}][\\p{L}. &-]{1,30}?)\\s*\\)\\.?\\s*");
    private static final Pattern DASH_AFTER_SENTENCE = Pattern.compile(
            "(.*[.!?…][\"”’')\\]]*)\\s*[—–-]{1,2}\\s*(?<name>[\\p{L}][\\p{L}. &-]{1,30}?)\\s*\\.?\\s*");
    private static final Pattern NAME_BEFORE_STOP = Pattern.compile(
            "(.*[\\p{L}\\p{N}])\\s+\\(\\s*(?<name>[\\p{L}][\\p{L}. &-]{1,30}?)\\s*\\)\\s*\\.\\s*");
    private static final Pattern SOURCE_AFTER_SENTENCE = Pattern.compile(
            "(.*[.!?…][\"”’')\\]]*)\\s+((?:source|sources)\\s*:\\s*[^.:;!?]{2,60}?\\s*\\.?)\\s*", FLAGS);
    /** A paragraph that an agency's credit closes must still hold a sentence of its own. */
    private static final int CREDITED_PARAGRAPH_WORDS = 6;
    private static final Pattern CODE_IN_PARENS = Pattern.compile("\\(\\s*(?<name>[\\p{L}][\\p{L}. &-]{1,30})\\s*\\)\\.?");

    private final Boilerplate markers;
    private final ReportAssembler assembler;
    private final LineClassifier classifier;

    ReportTail(Boilerplate markers, ReportAssembler assembler, LineClassifier classifier) {
        this.markers = markers;
        this.assembler = assembler;
        this.classifier = classifier;
    }

    /** The blocks without the tail, and the publisher the credit lines name (null when none). */
    record Trimmed(List<List<String>> blocks, String publisher) {
    }

    /** The blocks without the teasers, tags and comment forms after the report. */
    List<List<String>> cut(List<List<String>> blocks, boolean markdown) {
        return cutAtMarker(blocks, markdown);
    }

    /** The blocks without the credit lines at the end, and the publisher they name. */
    Trimmed credits(List<List<String>> blocks, boolean markdown) {
        List<List<String>> kept = new ArrayList<>(blocks);
        String publisher = creditInTail(kept, markdown);
        if (publisher == null) {
            publisher = codeClosingLastParagraph(kept);
        }
        int taken = 0;
        // A page of one block (lines with no blank line between) may still end with a credit line.
        while (taken < CREDIT_LINES && (kept.size() > 1 || kept.size() == 1 && kept.get(0).size() > 1)) {
            List<String> last = kept.get(kept.size() - 1);
            String line = last.get(last.size() - 1);
            String plain = markdown ? InlineMarkup.toText(line) : SourceText.collapseSpaces(line);
            boolean alone = last.size() == 1 || ENDS_SENTENCE.matcher(last.get(last.size() - 2)).matches();
            Credit credit = credit(plain.strip(), markdown ? line : plain, alone);
            if (credit == null) {
                break;
            }
            if (publisher == null && credit.name() != null) {
                publisher = credit.name();
            }
            List<String> rest = new ArrayList<>(last.subList(0, last.size() - 1));
            kept.remove(kept.size() - 1);
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
            taken++;
        }
        return new Trimmed(kept, publisher);
    }

    /**
     * A "Source: Reuters" or "© Kyodo News" line after most of the prose names the publisher; it
     * is taken out, and after a copyright line nothing more belongs to the report. Null when none.
     */
    private String creditInTail(List<List<String>> blocks, boolean markdown) {
        int total = proseWords(blocks);
        int before = 0;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            for (int l = 0; l < block.size(); l++) {
                String line = block.get(l);
                String plain = (markdown ? InlineMarkup.toText(line) : SourceText.collapseSpaces(line)).strip();
                if (before >= PROSE_BEFORE_MARKER * total) {
                    for (Pattern p : new Pattern[] {SOURCE, COPYRIGHT, DISTRIBUTED}) {
                        Matcher m = p.matcher(plain);
                        String name = p == SOURCE ? classifier.sourceName(plain)
                                : m.matches() ? publisher(m.group("name")) : null;
                        if (name != null) {
                            if (p != SOURCE) {
                                // A copyright or release-wire credit ends the report: what follows is the site's.
                                blocks.subList(b + 1, blocks.size()).clear();
                                replaceBlock(blocks, b, new ArrayList<>(block.subList(0, l)));
                            } else {
                                removeLine(blocks, b, l);
                            }
                            return name;
                        }
                    }
                    // "-- BERNAMA" with the agency's own blurb after it: a known agency on a line of its own.
                    String agency = agencyLine(plain);
                    if (agency != null) {
                        removeLine(blocks, b, l);
                        return agency;
                    }
                }
                before += NewsReportCheck.countWords(line);
            }
        }
        return null;
    }

    /** Takes line {@code l} out of block {@code b}, and the block when nothing is left of it. */
    private static void removeLine(List<List<String>> blocks, int b, int l) {
        List<String> rest = new ArrayList<>(blocks.get(b));
        rest.remove(l);
        replaceBlock(blocks, b, rest);
    }

    /** Puts {@code rest} in place of block {@code b}, or drops the block when {@code rest} is empty. */
    private static void replaceBlock(List<List<String>> blocks, int b, List<String> rest) {
        if (rest.isEmpty()) {
            blocks.remove(b);
        } else {
            blocks.set(b, rest);
        }
    }

    /** The agency a line credits alone ("-- BERNAMA", "(Xinhua)", "Prensa Latina"); null when the line is none. */
    private String agencyLine(String plain) {
        for (Pattern p : new Pattern[] {CODE_IN_PARENS, DASH_NAME}) {
            Matcher m = p.matcher(plain);
            if (m.matches() && isAgency(m.group("name"))) {
                return publisher(m.group("name"));
            }
        }
        return plain.length() >= 3 && assembler.agencies().isAgency(plain) ? publisher(plain) : null;
    }

    /**
     * "… between the two countries and their peoples. (KUNA)": an agency's code in brackets after
     * the last sentence credits the report. It is cut from the paragraph; null when none.
     */
    private String codeClosingLastParagraph(List<List<String>> blocks) {
        if (blocks.size() < 2) {
            return null;
        }
        List<String> last = blocks.get(blocks.size() - 1);
        String[] cut = agencyClosing(last.get(last.size() - 1));
        if (cut == null) {
            return null;
        }
        List<String> rest = new ArrayList<>(last);
        rest.set(rest.size() - 1, cut[0]);
        blocks.set(blocks.size() - 1, rest);
        return cut[1];
    }

    /**
     * A known agency credited at the end of a paragraph: "… their peoples. (KUNA)", "… after a
     * meeting. --BERNAMA", "… on Monday (Prensa Latina).". Gives the paragraph without the credit
     * and the publisher; null when the paragraph ends otherwise. A code before the full stop is
     * not taken ("the Palestinian Authority (PA)." spells out a name), only an agency's name.
     */
    String[] agencyClosing(String paragraph) {
        // "… media platforms. Source: Ethiopian News Agency": a credit line run into the paragraph.
        Matcher source = SOURCE_AFTER_SENTENCE.matcher(paragraph);
        if (source.matches() && NewsReportCheck.countWords(source.group(1)) >= CREDITED_PARAGRAPH_WORDS) {
            String name = classifier.sourceName(source.group(2));
            if (name != null) {
                return new String[] {source.group(1).strip(), name};
            }
        }
        for (Pattern p : new Pattern[] {CODE_AFTER_SENTENCE, DASH_AFTER_SENTENCE, NAME_BEFORE_STOP}) {
            Matcher m = p.matcher(paragraph);
            if (!m.matches() || !isAgency(m.group("name"))
                    || NewsReportCheck.countWords(m.group(1)) < CREDITED_PARAGRAPH_WORDS) {
                continue;
            }
            String name = m.group("name").strip();
            if (p == NAME_BEFORE_STOP && !assembler.agencies().asCredited(name).equals(name)) {
                continue;
            }
            String rest = p == NAME_BEFORE_STOP ? m.group(1) + "." : m.group(1);
            return new String[] {rest.strip(), publisher(name)};
        }
        return null;
    }

    private static int proseWords(List<List<String>> blocks) {
        int total = 0;
        for (List<String> block : blocks) {
            for (String line : block) {
                total += NewsReportCheck.countWords(line);
            }
        }
        return total;
    }

    private List<List<String>> cutAtMarker(List<List<String>> blocks, boolean markdown) {
        int total = proseWords(blocks);
        int before = 0;
        for (int b = 0; b < blocks.size(); b++) {
            List<String> block = blocks.get(b);
            for (int l = 0; l < block.size(); l++) {
                String line = block.get(l);
                String plain = markdown ? InlineMarkup.toText(line) : line;
                if (b > 0 && before >= PROSE_BEFORE_MARKER * total && markers.matches(plain)) {
                    List<List<String>> kept = new ArrayList<>(blocks.subList(0, b));
                    if (l > 0) {
                        kept.add(new ArrayList<>(block.subList(0, l)));
                    }
                    return kept;
                }
                before += NewsReportCheck.countWords(line);
            }
        }
        return new ArrayList<>(blocks);
    }

    /** A credit line: who it names (null for "(Reporting by …)"), or null when the line is none. */
    private Credit credit(String plain, String raw, boolean alone) {
        if (plain.isEmpty() || plain.length() > 200) {
            return null;
        }
        if (CREDIT_NO_NAME.matcher(plain).matches() || classifier.creditsNoOne(plain)) {
            return new Credit(null);
        }
        String source = classifier.sourceName(plain);
        if (source != null) {
            return new Credit(source);
        }
        for (Pattern p : new Pattern[] {INPUTS, COPYRIGHT}) {
            Matcher m = p.matcher(plain);
            if (m.matches()) {
                String name = publisher(m.group("name"));
                if (name != null) {
                    return new Credit(name);
                }
            }
        }
        // "— AFP", "(Reuters)": only an agency is credited this way; a name after a dash may be a signature.
        for (Pattern p : new Pattern[] {CODE_IN_PARENS, DASH_NAME}) {
            Matcher m = p.matcher(plain);
            if (m.matches() && isAgency(m.group("name"))) {
                return new Credit(publisher(m.group("name")));
            }
        }
        if (!alone) {
            return null;
        }
        // A name alone on the last line ("Radio Habana Cuba", "Associated Press") must read as an
        // outlet's: a cut-off last line of capitalised words is no publisher.
        String name = assembler.publisherName(raw, true);
        if (name == null || !isAgency(name) && classifier.siteName(name) == null) {
            return null;
        }
        return new Credit(publisher(name));
    }

    private boolean isAgency(String name) {
        AgencyDirectory agencies = assembler.agencies();
        return agencies.isAgency(name) || agencies.nameOf(name.strip()).isPresent();
    }

    /** An agency code is written out ("AFP" gives "Agence France-Presse"); a name stays as written. */
    private String publisher(String name) {
        String n = name.strip().replaceAll("^(?:the\\s+)(?=\\p{Lu}{2,})", "");
        AgencyDirectory agencies = assembler.agencies();
        if (isAgency(n)) {
            return agencies.asCredited(n);
        }
        return assembler.publisherName(n, false);
    }

    private record Credit(String name) {
    }
}
