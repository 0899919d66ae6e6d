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
    /** " date 2023-08-16 " before the text, as some archives print it. */
    private static final Pattern ARCHIVE_DATE = Pattern.compile("\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*)|\\s*)");

    private final ReportAssembler assembler;
    private final HeaderReader headerReader;

    TextReportParser(ReportAssembler assembler) {
        this.assembler = assembler;
        this.headerReader = new HeaderReader(assembler.classifier());
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
        draft.published = archiveDate(lines);
        RunOnHeader.split(lines, assembler.agencies());
        HeaderReader.Header header = headerReader.read(lines, true);
        draft.headline = emptyToNull(header.headline());
        draft.stamp = header.stamp();
        draft.byline = header.byline();
        draft.siteName = header.siteName();
        draft.dateline = header.dateline();
        draft.captions.addAll(header.captions());
        List<String> block = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // A header line taken out of the text ends the block it stood in.
            if (line.isBlank() || header.consumed().contains(i)) {
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

    /**
     * The date some archives put before a page's text ({@code " date 2023-08-16 First words…"}):
     * taken as the publication date, and cut from the line it opens.
     */
    private static PublicationDate archiveDate(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Matcher m = ARCHIVE_DATE.matcher(lines.get(i));
            if (!m.matches()) {
                return null;
            }
            DateParser.DateMatch date = DateParser.parseDateLine(m.group(1));
            if (date == null) {
                return null;
            }
            lines.set(i, m.group(2));
            return new PublicationDate(date.date(), false, null);
        }
        return null;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
