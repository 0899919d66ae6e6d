package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Full-text search over headlines and bodies with SPARQL CONTAINS on lower-cased literals (no
 * Lucene index; a report without a headline is found by its body): measured adequate on 1,000 reports by {@code org.dateline.bench.PageBenchmark}.
 */
final class SearchPage {

    static final int LIMIT = 50;
    private static final String SEARCH = """
            SELECT ?r (SAMPLE(?hl) AS ?h) (SAMPLE(?d) AS ?date) WHERE {
              ?r a dl:Report ; schema:articleBody ?body .
              OPTIONAL { ?r schema:headline ?hl } OPTIONAL { ?r schema:datePublished ?d }
              FILTER((BOUND(?hl) && CONTAINS(LCASE(?hl), ?q)) || CONTAINS(LCASE(?body), ?q))
            } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT 51""";

    private final Site site;

    SearchPage(Site site) {
        this.site = site;
    }

    /** The matching reports, newest first. */
    List<Map<String, Node>> search(String text) {
        return site.sparql().select(SEARCH, "q", NodeFactory.createLiteralString(text.toLowerCase(Locale.ROOT)));
    }

    String render(String text) {
        String q = text == null ? "" : text.strip();
        StringBuilder results = new StringBuilder();
        if (q.isEmpty()) {
            results.append("<p>Type words to look for in headlines and report bodies.</p>");
        } else {
            List<Map<String, Node>> rows = search(q);
            results.append("<p>").append(rows.size() > LIMIT ? "More than " + LIMIT : String.valueOf(rows.size()))
                    .append(" reports contain “").append(Html.text(q)).append("”.</p><ol class=\"reports\">");
            for (Map<String, Node> row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
                results.append("<li>").append(EntityPage.reportItem(site, row)).append("</li>");
            }
            results.append("</ol>");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("q", Html.text(q));
        slots.put("results", results.toString());
        return HtmlTemplates.page(q.isEmpty() ? "Search" : "Search: " + q, HtmlTemplates.fill("search.html", slots), "");
    }
}
