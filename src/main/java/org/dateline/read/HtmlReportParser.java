package org.dateline.read;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: one report per page. What the page states in structured form is preferred
 * to guessing from its text, best first: the schema.org article in its JSON-LD, then Open Graph
 * and article meta tags and {@code <time datetime>}, then the visible headline. The article's
 * paragraphs then go through the same dateline, noise and date rules as scraped text; the
 * JSON-LD articleBody stands in for them when they are poor (see {@link StructuredAssembly}).
 */
final class HtmlReportParser {

    /** Comment and CDATA marks old pages wrap around script content. */
    private static final Pattern HIDDEN_SCRIPT = Pattern.compile("^\\s*(?:<!--|//\\s*<!\\[CDATA\\[|/\\*\\s*<!\\[CDATA\\[\\s*\\*/)"
            + "|(?:-->|//\\s*\\]\\]>|/\\*\\s*\\]\\]>\\s*\\*/)\\s*$");

    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)$");

    private final StructuredAssembly assembly;

    HtmlReportParser(ReportAssembler assembler) {
        this.assembly = new StructuredAssembly(assembler);
    }

    List<ReportDoc> parse(Path file, String uri, String html) throws UnreadableSourceException {
        Document doc = Jsoup.parse(html, uri);
        // Read before the scripts that hold the JSON-LD go with the page furniture.
        ArticleMetadata tags = PageMetadata.of(doc);
        ArticleMetadata structured = jsonLd(doc, tags.url());
        ArticleMetadata meta = structured.orElse(tags);
        String headline = isCut(structured.headline(), tags.headline()) ? tags.headline() : meta.headline();
        // A page's <h1> often sits in a header outside the article: read it before the furniture goes.
        meta = meta.withHeadline(headline != null ? titleWithoutSite(headline, meta.publisher())
                : visibleHeadline(doc, meta.publisher()));

        ReportDraft draft = new ReportDraft();
        draft.markdown = false;
        draft.rawSegment = html;
        HtmlBody.read(doc, draft);

        Source source = new Source(uri, file.getFileName().toString(), 1, meta.url());
        return List.of(assembly.assemble(file, source, draft, meta));
    }

    /**
     * The page's article in its JSON-LD blocks: the one at the page's canonical address when
     * several are described, else the first. A block that is not valid JSON is skipped: the
     * page's own text still makes the report.
     */
    private static ArticleMetadata jsonLd(Document doc, String canonical) {
        List<JsonValue> blocks = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            try {
                blocks.add(JsonText.parse(HIDDEN_SCRIPT.matcher(script.data()).replaceAll("")));
            } catch (IllegalArgumentException e) {
                // Broken markup in the page's head costs the page nothing but its metadata.
            }
        }
        JsonLd graph = new JsonLd(blocks);
        ArticleMetadata chosen = ArticleMetadata.NONE;
        for (JsonObject article : graph.articles()) {
            ArticleMetadata meta = graph.metadata(article);
            if (chosen == ArticleMetadata.NONE || canonical != null && canonical.equals(meta.url())) {
                chosen = meta;
            }
        }
        return chosen;
    }

    /**
     * True when the JSON-LD headline is the meta tags' headline cut short with an ellipsis, as
     * sites do to keep to search engines' old 110-character limit.
     */
    private static boolean isCut(String structured, String tags) {
        if (structured == null || tags == null) {
            return false;
        }
        String stem = ELLIPSIS.matcher(structured).replaceFirst("");
        return stem.length() < structured.length() && tags.length() > stem.length() && tags.startsWith(stem);
    }

    private static String visibleHeadline(Document doc, String siteName) {
        Element h1 = doc.selectFirst("article h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return titleWithoutSite(doc.title(), siteName);
    }

    /**
     * "Niger cuts ties | Example News" gives "Niger cuts ties" when the site is Example News: in
     * the title, and in the og:title or JSON-LD headline of sites that fill them from it.
     */
    private static String titleWithoutSite(String title, String siteName) {
        String t = title == null ? "" : title.strip();
        if (siteName != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — "}) {
                if (t.endsWith(sep + siteName)) {
                    t = t.substring(0, t.length() - sep.length() - siteName.length()).strip();
                }
            }
        }
        return t.isEmpty() ? null : t;
    }
}
