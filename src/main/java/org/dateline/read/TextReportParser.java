package org.dateline.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraped text and markdown: finds the headline in its several forms, cuts files holding
 * several reports at their H1 titles, and hands the rest to the {@link ReportAssembler}.
 */
final class TextReportParser {

    private static final Pattern H1 = Pattern.compile("#[ \\t]+\\S.*");
    private static final Pattern ATX_HEADING = Pattern.compile("\\s*#{1,6}[ \\t]+(.+?)(?:[ \\t]+#+)?\\s*");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("\\s*(?:=+|-+)\\s*");
    private static final Pattern RULE = Pattern.compile("\\s*([-*_])(?:\\s*\\1){2,}\\s*");
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "(?:published|posted|updated|last updated|date)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE = 300;

    private final ReportAssembler assembler;

    TextReportParser(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    List<ReportDoc> parse(Path file, String uri, String text) throws UnreadableSourceException {
        List<String> segments = segments(text);
        List<ReportDoc> reports = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Source source = new Source(uri, file.getFileName().toString(), i + 1);
            try {
                reports.add(assembler.assemble(file, source, draft(segments.get(i))));
            } catch (UnreadableSourceException e) {
                if (segments.size() == 1) {
                    throw e;
                }
                throw new UnreadableSourceException(file, e.reason() + " (report " + (i + 1) + " of " + segments.size() + ")");
            }
        }
        return reports;
    }

    /**
     * The file cut into reports: one per H1 title when there are several, else the whole file.
     * Anything before the first H1 belongs to the first report.
     */
    static List<String> segments(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (H1.matcher(lines.get(i)).matches()) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return List.of(text);
        }
        List<String> segments = new ArrayList<>();
        starts.set(0, 0);
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : lines.size();
            segments.add(String.join("\n", lines.subList(starts.get(s), end)));
        }
        return segments;
    }

    private ReportDraft draft(String segment) {
        ReportDraft draft = new ReportDraft();
        draft.markdown = true;
        draft.rawSegment = segment;
        List<String> lines = new ArrayList<>(Arrays.asList(segment.split("\n", -1)));
        draft.headline = takeTitle(lines);
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    draft.blocks.add(block);
                    block = new ArrayList<>();
                }
            } else {
                block.add(line);
            }
        }
        if (!block.isEmpty()) {
            draft.blocks.add(block);
        }
        return draft;
    }

    /** Removes the title line(s) from the lines and returns the title as text; null when none. */
    private String takeTitle(List<String> lines) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !assembler.boilerplate().isNoise(line) && !RULE.matcher(line).matches()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        String line = lines.get(first);
        Matcher atx = ATX_HEADING.matcher(line);
        if (atx.matches()) {
            lines.remove(first);
            return emptyToNull(InlineMarkup.toText(atx.group(1)));
        }
        String next = first + 1 < lines.size() ? lines.get(first + 1) : "";
        if (SETEXT_UNDERLINE.matcher(next).matches() && !next.isBlank() && line.strip().length() <= MAX_TITLE) {
            lines.remove(first + 1);
            lines.remove(first);
            return emptyToNull(InlineMarkup.toText(line));
        }
        if (isPlainTitle(line, next)) {
            lines.remove(first);
            return emptyToNull(InlineMarkup.toText(line));
        }
        return null;
    }

    /**
     * A first line standing alone (followed by a blank, a date, a byline, a rule or noise), short,
     * not ending like a sentence and not opening with a dateline: a title. Anything else is the
     * body's first paragraph, and the report has no title.
     */
    private boolean isPlainTitle(String line, String next) {
        String title = InlineMarkup.toText(line);
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            return false;
        }
        String end = title.replaceAll("[\"”’')\\]]+$", "");
        if (end.endsWith(".") || end.endsWith(",") || end.endsWith(";") || end.endsWith(":")) {
            return false;
        }
        AgencyDirectory agencies = assembler.agencies();
        if (DateParser.parseDateLine(title) != null || Byline.parse(title, agencies) != null
                || DatelineParser.parse(title, agencies) != null || line.strip().startsWith("![")) {
            return false;
        }
        String following = InlineMarkup.toText(next);
        return next.isBlank() || RULE.matcher(next).matches() || assembler.boilerplate().isNoise(next)
                || DateParser.parseDateLine(following) != null || Byline.parse(following, agencies) != null
                || DATE_PREFIX.matcher(following).matches();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
