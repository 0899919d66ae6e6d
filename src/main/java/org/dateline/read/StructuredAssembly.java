package org.dateline.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Assembles a report whose source states its metadata (a page's JSON-LD and meta tags, a
 * WordPress post, a JSON-LD article). The shared {@link ReportAssembler} rules still clean the
 * text, find the dateline and check the prose; what the metadata states wins over what the
 * text's layout suggests (a "By" line, a date line, a last line naming a publisher).
 */
final class StructuredAssembly {

    /**
     * The visible text is poor when it has less than this share of the words of the article body
     * the metadata states: a teaser above a paywall, a page whose text a script fills in.
     */
    static final double POOR_SHARE = 0.5;

    private static final Pattern HTML_BLOCK = Pattern.compile("</?(?:p|br|div|h[1-6]|li|blockquote)\\b[^>]*>");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");

    private final ReportAssembler assembler;

    StructuredAssembly(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * The report from the draft's text (or from the metadata's article body when the text is
     * poor or refused) with the metadata applied.
     *
     * @param draft the text as the format parser found it, with its own guesses (a page's h1)
     * @throws UnreadableSourceException when neither the text nor the stated body is a report
     */
    ReportDoc assemble(Path file, Source source, ReportDraft draft, ArticleMetadata meta)
            throws UnreadableSourceException {
        if (meta.headline() != null) {
            draft.headline = meta.headline();
        }
        if (meta.published() != null) {
            draft.published = meta.published();
        }
        if (meta.publisher() != null) {
            draft.publisher = meta.publisher();
        }
        List<List<String>> stated = bodyBlocks(meta.articleBody());
        if (stated.isEmpty()) {
            return withMetadata(assembler.assemble(file, source, draft), meta);
        }
        ReportDraft fromStated = copyWithBlocks(draft, stated);
        if (draft.blocks.isEmpty()) {
            return withMetadata(assembler.assemble(file, source, fromStated), meta);
        }
        ReportDoc visible;
        try {
            visible = assembler.assemble(file, source, draft);
        } catch (UnreadableSourceException refused) {
            // The visible text is no report; the stated body may be one, else the refusal stands.
            try {
                return withMetadata(assembler.assemble(file, source, fromStated), meta);
            } catch (UnreadableSourceException e) {
                throw refused;
            }
        }
        if (isPoor(visible.body(), stated)) {
            try {
                return withMetadata(assembler.assemble(file, source, fromStated), meta);
            } catch (UnreadableSourceException e) {
                // A stated body that is no report does not cost the visible one.
            }
        }
        return withMetadata(visible, meta);
    }

    /** The metadata's byline and place win over the text's; the text's dateline, written out, wins over a place. */
    private static ReportDoc withMetadata(ReportDoc doc, ArticleMetadata meta) {
        String byline = meta.byline() != null ? meta.byline() : doc.byline();
        Dateline dateline = doc.dateline();
        if (dateline == null && meta.place() != null) {
            dateline = new Dateline(meta.place(), meta.place(), null, null);
        }
        return new ReportDoc(doc.source(), doc.fingerprint(), doc.headline(), doc.body(), doc.captions(), byline,
                dateline, doc.published(), doc.publisher(), doc.agencyName(), doc.language());
    }

    private static boolean isPoor(String body, List<List<String>> stated) {
        int statedWords = 0;
        for (List<String> block : stated) {
            for (String line : block) {
                statedWords += NewsReportCheck.countWords(line);
            }
        }
        return NewsReportCheck.countWords(body) < statedWords * POOR_SHARE;
    }

    /**
     * A stated article body as blocks: HTML is read like a page's article; plain text is cut
     * at blank lines, or at line breaks when it has no blank lines.
     */
    static List<List<String>> bodyBlocks(String articleBody) {
        if (articleBody == null || articleBody.isBlank()) {
            return List.of();
        }
        if (HTML_BLOCK.matcher(articleBody).find()) {
            ReportDraft draft = new ReportDraft();
            Document fragment = Jsoup.parseBodyFragment(articleBody);
            HtmlBody.read(fragment.body(), draft);
            return draft.blocks;
        }
        String text = articleBody.replace("\r\n", "\n").replace('\r', '\n');
        Pattern separator = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK;
        List<List<String>> blocks = new ArrayList<>();
        for (String part : separator.split(text)) {
            List<String> lines = part.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                blocks.add(lines);
            }
        }
        return blocks;
    }

    private static ReportDraft copyWithBlocks(ReportDraft draft, List<List<String>> blocks) {
        ReportDraft copy = new ReportDraft();
        copy.headline = draft.headline;
        copy.markdown = false;
        copy.published = draft.published;
        copy.publisher = draft.publisher;
        copy.captions.addAll(draft.captions);
        copy.rawSegment = draft.rawSegment;
        copy.blocks.addAll(blocks);
        return copy;
    }
}
