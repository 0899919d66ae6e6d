package org.dateline.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article text of a page or of an HTML fragment (a WordPress post's content): page furniture
 * and widgets removed, figure captions taken aside, one block per paragraph.
 */
final class HtmlBody {

    // Page furniture that is never part of the report.
    private static final String CHROME = "script, style, noscript, template, nav, aside, footer, form, iframe, "
            + "svg, button, select, input";
    private static final Pattern WIDGETS = Pattern.compile("(?i).*\\b(share|sharing|social|related|newsletter|subscribe|"
            + "advert|advertisement|promo|comments?|breadcrumbs?|sidebar|cookie|popup|paywall)\\b.*");

    private HtmlBody() {
    }

    /**
     * Adds the article's paragraphs to the draft's blocks and its figure captions to the draft's
     * captions. Changes {@code root}: furniture, widgets, figures and h1 are removed from it.
     */
    static void read(Element root, ReportDraft draft) {
        root.select(CHROME).remove();
        for (Element header : root.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        for (Element e : root.getAllElements()) {
            if (e != root && e.parent() != null && !e.is("article, main, body, html")
                    && (WIDGETS.matcher(e.className()).matches() || WIDGETS.matcher(e.id()).matches())
                    // A widget class on the element holding the story's paragraphs is a site quirk,
                    // not a widget.
                    && e.select("p").size() < 3) {
                e.remove();
            }
        }

        Element container = first(root, "article", "[itemprop=articleBody]", "main", "body");
        if (container == null) {
            container = root;
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
    }

    private static Element first(Element root, String... selectors) {
        for (String selector : selectors) {
            Element e = root.selectFirst(selector);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
