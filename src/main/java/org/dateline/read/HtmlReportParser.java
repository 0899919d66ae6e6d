package org.dateline.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved web page: one report per page. Metadata (og:title, article:published_time,
 * og:site_name) is preferred to guessing from text because the site states it; the article's
 * paragraphs then go through the same dateline, noise and date rules as scraped text.
 */
final class HtmlReportParser {

    // Page furniture that is never part of the report.
    private static final String CHROME = "script, style, noscript, template, nav, aside, footer, form, iframe, "
            + "svg, button, select, input";
    private static final String WIDGETS_REGEX = "(?i).*\\b(share|sharing|social|related|newsletter|subscribe|"
            + "advert|advertisement|promo|comments?|breadcrumbs?|sidebar|cookie|popup|paywall)\\b.*";
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]"
    };

    private final ReportAssembler assembler;

    HtmlReportParser(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    List<ReportDoc> parse(Path file, String uri, String html) throws UnreadableSourceException {
        Document doc = Jsoup.parse(html, uri);
        ReportDraft draft = new ReportDraft();
        draft.markdown = false;
        draft.rawSegment = html;

        String siteName = meta(doc, "meta[property=og:site_name]");
        draft.publisher = siteName;
        draft.published = publishedFromMeta(doc);

        // The headline first: a page's <h1> often sits in a header outside the article.
        draft.headline = headline(doc, siteName);

        doc.select(CHROME).remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element e : doc.getAllElements()) {
            if (e != doc && e != doc.body() && e.parent() != null
                    && (e.className().matches(WIDGETS_REGEX) || e.id().matches(WIDGETS_REGEX))
                    && !e.is("article, main, body, html")
                    // A widget class on the element holding the story's paragraphs is a site quirk,
                    // not a widget.
                    && e.select("p").size() < 3) {
                e.remove();
            }
        }

        Element container = first(doc, "article", "[itemprop=articleBody]", "main", "body");
        if (container == null) {
            container = doc;
        }

        for (Element caption : container.select("figcaption")) {
            String text = caption.text().strip();
            if (!text.isEmpty()) {
                draft.captions.add(text);
            }
        }
        container.select("figure, figcaption, h1").remove();

        Elements paragraphs = container.select("p, h2, h3, h4, h5, h6, li, blockquote, pre");
        for (Element p : paragraphs) {
            // Text already taken by an enclosing element would be read twice.
            if (p.parents().stream().anyMatch(a -> a.is("p, li, blockquote, pre") && paragraphs.contains(a))) {
                continue;
            }
            String text = p.text().strip();
            if (!text.isEmpty()) {
                draft.blocks.add(List.of(text));
            }
        }
        if (draft.blocks.isEmpty()) {
            // No paragraph elements: text separated by blank lines or <br>s.
            List<String> block = new ArrayList<>();
            for (String line : container.wholeText().split("\n")) {
                if (line.isBlank()) {
                    if (!block.isEmpty()) {
                        draft.blocks.add(block);
                        block = new ArrayList<>();
                    }
                } else {
                    block.add(line.strip());
                }
            }
            if (!block.isEmpty()) {
                draft.blocks.add(block);
            }
        }
        Source source = new Source(uri, file.getFileName().toString(), 1);
        return List.of(assembler.assemble(file, source, draft));
    }

    private static String headline(Document doc, String siteName) {
        String ogTitle = meta(doc, "meta[property=og:title]");
        if (ogTitle != null) {
            return ogTitle;
        }
        Element h1 = doc.selectFirst("article h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return titleWithoutSite(doc.title(), siteName);
    }

    private static PublicationDate publishedFromMeta(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (String selector : DATE_META) {
            String value = meta(doc, selector);
            if (value != null) {
                candidates.add(value);
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String value : candidates) {
            DateParser.DateMatch date = DateParser.parseDateLine(value);
            if (date != null && date.date().isComplete()) {
                return new PublicationDate(date.date(), false, null);
            }
        }
        return null;
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) {
            return null;
        }
        String content = e.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static Element first(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return null;
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
