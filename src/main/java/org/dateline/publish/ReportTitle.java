package org.dateline.publish;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * How a report is named on pages and in lists: by its headline, or, when it has none (a headline is
 * recommended, not required), by the first words of its body in italics followed by "(no headline)",
 * so that an untitled report is still told apart from the others and still reads as a report.
 */
final class ReportTitle {

    /** About a line of a list: enough words to recognise the report by. */
    static final int OPENING_WORDS = 12;
    static final String NO_HEADLINE = "(no headline)";
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** The headline of ?r; the body's start only when there is none, since most reports have one. */
    private static final String HEADLINE = "SELECT ?h WHERE { ?r schema:headline ?h } LIMIT 1";
    private static final String OPENING = "SELECT (SUBSTR(?b, 1, 300) AS ?o) WHERE { ?r schema:articleBody ?b } LIMIT 1";

    private final String headline;
    private final String opening;

    private ReportTitle(String headline, String opening) {
        this.headline = headline;
        this.opening = opening;
    }

    /** From what a page already has: the headline (may be null or empty) and the body (may be null). */
    static ReportTitle of(String headline, String body) {
        if (headline != null && !headline.isBlank()) {
            return new ReportTitle(headline.strip(), null);
        }
        return new ReportTitle(null, opening(body == null ? "" : body));
    }

    /** The report's title, asking the store for its headline and, when it has none, for its body's start. */
    static ReportTitle lookUp(Site site, Node report) {
        List<Map<String, Node>> h = site.sparql().select(HEADLINE, "r", report);
        if (!h.isEmpty()) {
            return of(Site.str(h.get(0), "h"), null);
        }
        List<Map<String, Node>> o = site.sparql().select(OPENING, "r", report);
        return of(null, o.isEmpty() ? "" : Site.str(o.get(0), "o"));
    }

    boolean hasHeadline() {
        return headline != null;
    }

    /** For a page's {@code <title>} and other plain text: "Officials said the talks … (no headline)". */
    String text() {
        if (hasHeadline()) {
            return headline;
        }
        return opening.isEmpty() ? "Report " + NO_HEADLINE : opening + " " + NO_HEADLINE;
    }

    /** As HTML, escaped: the headline, or the body's first words in italics and "(no headline)". */
    String html() {
        if (hasHeadline()) {
            return Html.text(headline);
        }
        String words = opening.isEmpty() ? "" : "<i>" + Html.text(opening) + "</i> ";
        return words + "<span class=\"no-headline\">" + NO_HEADLINE + "</span>";
    }

    /** A link to the report's page with its title, or the title alone when the report has no page here. */
    String link(Links links, Node report) {
        return Html.linkAround(report != null && report.isURI() ? links.href(report.getURI()) : null, html());
    }

    /** The first {@link #OPENING_WORDS} words of the body, with "…" when there are more. */
    static String opening(String body) {
        Matcher m = WORD.matcher(body);
        StringBuilder out = new StringBuilder();
        int words = 0;
        while (m.find()) {
            if (words == OPENING_WORDS) {
                return out.append('…').toString();
            }
            if (words > 0) {
                out.append(' ');
            }
            out.append(m.group());
            words++;
        }
        return out.toString();
    }
}
