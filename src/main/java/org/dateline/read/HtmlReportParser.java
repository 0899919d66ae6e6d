package org.dateline.read;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private final StructuredAssembly assembly;

    HtmlReportParser(ReportAssembler assembler) {
        this.assembly = new StructuredAssembly(assembler);
    }

    List<ReportDoc> parse(Path file, String uri, String html) throws UnreadableSourceException {
        Document doc = Jsoup.parse(html, uri);
        // Read before the scripts that hold the JSON-LD go with the page furniture.
        ArticleMetadata meta = jsonLd(doc).orElse(PageMetadata.of(doc));

        ReportDraft draft = new ReportDraft();
        draft.markdown = false;
        draft.rawSegment = html;
        // The headline first: a page's <h1> often sits in a header outside the article.
        draft.headline = meta.headline() != null ? meta.headline() : visibleHeadline(doc, meta.publisher());
        HtmlBody.read(doc, draft);

        Source source = new Source(uri, file.getFileName().toString(), 1, meta.url());
        return List.of(assembly.assemble(file, source, draft, meta));
    }

    /**
     * The first article in the page's JSON-LD blocks. A block that is not valid JSON is skipped:
     * the page's own text still makes the report.
     */
    private static ArticleMetadata jsonLd(Document doc) {
        List<JsonValue> blocks = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            try {
                blocks.add(JsonText.parse(script.data()));
            } catch (IllegalArgumentException e) {
                // Broken markup in the page's head costs the page nothing but its metadata.
            }
        }
        JsonLd graph = new JsonLd(blocks);
        List<JsonObject> articles = graph.articles();
        return articles.isEmpty() ? ArticleMetadata.NONE : graph.metadata(articles.get(0));
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

    /** "Niger cuts ties | Example News" gives "Niger cuts ties" when the site is Example News. */
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
