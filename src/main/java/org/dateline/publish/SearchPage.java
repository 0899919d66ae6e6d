package org.dateline.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.dateline.store.ReportIndex;

/**
 * Full-text search over headlines, bodies and the names of the entities reports mention, by the
 * store's Lucene index ({@link ReportIndex}): the reports holding every word, best first. A word
 * ending in {@code *} matches words that begin with it ({@code Nig*}: Niger, Nigeria, Nigerien).
 * A dataset that no {@code ReportStore} opened has no index, and is searched with SPARQL CONTAINS
 * on lower-cased literals, newest first (2.7 s a query at 100,000 reports, against milliseconds).
 * Each result shows the words around the first match in the body, the match marked.
 */
final class SearchPage {

    static final int LIMIT = 50;
    /** Characters of the body shown either side of the match. */
    static final int SNIPPET_SIDE = 90;
    private static final String SEARCH = """
            SELECT ?r (SAMPLE(?hl) AS ?h) (SAMPLE(?d) AS ?date) (SAMPLE(?b) AS ?body) WHERE {
              ?r a dl:Report ; schema:articleBody ?b . OPTIONAL { ?r schema:headline ?hl }
              OPTIONAL { ?r schema:datePublished ?d }
              FILTER(CONTAINS(LCASE(COALESCE(?hl, "")), ?q) || CONTAINS(LCASE(?b), ?q))
            } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT 51""";
    private static final String SEARCH_PREFIX = """
            SELECT ?r (SAMPLE(?hl) AS ?h) (SAMPLE(?d) AS ?date) (SAMPLE(?b) AS ?body) WHERE {
              ?r a dl:Report ; schema:articleBody ?b . OPTIONAL { ?r schema:headline ?hl }
              OPTIONAL { ?r schema:datePublished ?d }
              FILTER(REGEX(COALESCE(?hl, ""), ?q, "i") || REGEX(?b, ?q, "i"))
            } GROUP BY ?r ORDER BY DESC(?date) ?r LIMIT 51""";
    /** Characters with a meaning in XPath regular expressions, escaped in a prefix. */
    private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.^$|?*+()\\[\\]{}-]");

    private final Site site;

    SearchPage(Site site) {
        this.site = site;
    }

    /** The matching reports (r, h, date, body), at most {@code LIMIT + 1}. */
    List<Map<String, Node>> search(String text) {
        ReportIndex index = ReportIndex.of(site.dataset());
        if (index != null) {
            ReportIndex.Results found = index.search(text, LIMIT);
            List<Map<String, Node>> rows = new ArrayList<>();
            for (ReportIndex.Hit hit : found.hits()) {
                Map<String, Node> row = new HashMap<>();
                row.put("r", NodeFactory.createURI(hit.iri()));
                row.put("h", NodeFactory.createLiteralString(hit.headline()));
                row.put("date", NodeFactory.createLiteralString(hit.date()));
                row.put("body", NodeFactory.createLiteralString(hit.body()));
                rows.add(row);
            }
            if (found.more()) {
                rows.add(Map.of());
            }
            return rows;
        }
        if (isPrefix(text)) {
            String prefix = REGEX_SPECIAL.matcher(text.substring(0, text.length() - 1)).replaceAll("\\\\$0");
            return site.sparql().select(SEARCH_PREFIX, "q", NodeFactory.createLiteralString("(^|\\W)" + prefix));
        }
        return site.sparql().select(SEARCH, "q", NodeFactory.createLiteralString(text.toLowerCase(Locale.ROOT)));
    }

    private static boolean isPrefix(String text) {
        return text.length() > 1 && text.endsWith("*") && !text.substring(0, text.length() - 1).contains("*");
    }

    /**
     * The words around the first match in the body, with the match in {@code <mark>}, as HTML: the
     * whole query where the body holds it, or else its first word that it holds.
     */
    static String snippet(String body, String text) {
        Matcher m = matcher(text).matcher(body);
        if (!m.find()) {
            m = null;
            for (String word : text.strip().split("\\s+")) {
                Matcher w = wordMatcher(word).matcher(body);
                if (w.find() && (m == null || w.start() < m.start())) {
                    m = w;
                }
            }
            if (m == null) {
                return "";
            }
        }
        int from = Math.max(0, m.start() - SNIPPET_SIDE);
        int to = Math.min(body.length(), m.end() + SNIPPET_SIDE);
        // Whole words only at the cut ends.
        while (from > 0 && !Character.isWhitespace(body.charAt(from - 1)) && from < m.start()) {
            from++;
        }
        while (to < body.length() && !Character.isWhitespace(body.charAt(to)) && to > m.end()) {
            to--;
        }
        return (from > 0 ? "… " : "") + Html.text(body.substring(from, m.start()).stripLeading()) + "<mark>" + Html.text(m.group()) + "</mark>" + Html.text(body.substring(m.end(), to)) + (to < body.length() ? " …" : "");
    }

    /** What a query matches in Java: the literal text, or a word beginning with the prefix (the whole word marked). */
    private static Pattern matcher(String text) {
        if (isPrefix(text)) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text.substring(0, text.length() - 1)) + "[\\p{L}\\p{N}]*",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** One word of a query, matched as a whole word (or a word's beginning, for a prefix). */
    private static Pattern wordMatcher(String word) {
        if (isPrefix(word)) {
            return matcher(word);
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String render(String text) {
        String q = text == null ? "" : text.strip();
        StringBuilder results = new StringBuilder();
        if (q.isEmpty()) {
            results.append("<p>Type words to look for in headlines and report bodies; end a word with * to find the words"
                    + " that begin with it (Nig* finds Niger and Nigeria).</p>");
        } else {
            List<Map<String, Node>> rows = search(q);
            results.append("<p>").append(rows.size() > LIMIT ? "More than " + LIMIT : String.valueOf(rows.size()))
                    .append(" reports contain “").append(Html.text(q)).append("”.</p><ol class=\"reports\">");
            for (Map<String, Node> row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
                String snippet = snippet(Site.str(row, "body"), q);
                results.append("<li>").append(EntityPage.reportItem(site, row))
                        .append(snippet.isEmpty() ? "" : "<p class=\"snippet\">" + snippet + "</p>").append("</li>");
            }
            results.append("</ol>");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("q", Html.text(q));
        slots.put("results", results.toString());
        return HtmlTemplates.page(q.isEmpty() ? "Search" : "Search: " + q, HtmlTemplates.fill("search.html", slots), "");
    }
}
