package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The page of a quotation: the words, who said them, the report they are in with the sentences
 * around them (the quotation marked where its offsets place it in the body), and its statements
 * for those who want them.
 */
final class QuotationPage {

    /** Characters of the report body shown either side of the quotation. */
    static final int CONTEXT = 240;
    private static final String QUOTE = """
            SELECT ?q ?text ?speaker ?speakerName ?kind ?r ?h ?date ?begin ?end WHERE {
              ?q schema:text ?text .
              OPTIONAL { ?q dl:speaker ?speaker OPTIONAL { ?speaker rdfs:label ?speakerName } }
              OPTIONAL { ?q dl:quoteKind ?kind }
              OPTIONAL { ?q nif:beginIndex ?begin ; nif:endIndex ?end }
              OPTIONAL { ?q dl:inReport ?r OPTIONAL { ?r schema:headline ?h } OPTIONAL { ?r schema:datePublished ?date } }
            } LIMIT 1""";
    private static final String BODY = "SELECT ?body WHERE { ?r schema:articleBody ?body } LIMIT 1";

    private final Site site;

    QuotationPage(Site site) {
        this.site = site;
    }

    /** @return the page, or null when the store holds no text for the quotation (the generic page then) */
    String render(String iri, DatasetGraph description) {
        List<Map<String, Node>> rows = site.sparql().select(QUOTE, "q", NodeFactory.createURI(iri));
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Node> q = rows.get(0);
        String text = Site.str(q, "text");
        String speaker = q.containsKey("speaker") ? site.label(q, "speaker", "speakerName") : null;
        StringBuilder report = new StringBuilder();
        if (q.containsKey("r")) {
            report.append("<p>In ").append(EntityPage.reportItem(site, q)).append("</p>");
            String context = context(q);
            if (!context.isEmpty()) {
                report.append("<blockquote class=\"context\">").append(context).append("</blockquote>");
            }
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("heading", speaker == null ? "A quotation" : "Said by " + Html.text(speaker));
        slots.put("text", Html.text(text));
        slots.put("speaker", speaker == null ? "speaker not identified" : site.links().link(q.get("speaker"), speaker));
        slots.put("kind", q.containsKey("kind") ? "<span class=\"badge\">" + Html.text(site.vocabularies().label(q.get("kind"))) + "</span>" : "");
        slots.put("report", report.toString());
        slots.put("statements", new ResourcePage(site).table(iri, description));
        String local = site.links().local(iri);
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        String title = (speaker == null ? "A quotation" : speaker) + ": “" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "”";
        return HtmlTemplates.page(title, HtmlTemplates.fill("quotation.html", slots), Site.alternates(local));
    }

    /** The body around the quotation, the quotation in {@code <mark>}; "" when the offsets do not fit the body. */
    private String context(Map<String, Node> q) {
        if (!q.containsKey("begin") || !q.containsKey("end")) {
            return "";
        }
        List<Map<String, Node>> body = site.sparql().select(BODY, "r", q.get("r"));
        if (body.isEmpty()) {
            return "";
        }
        String text = Site.str(body.get(0), "body");
        int begin;
        int end;
        try {
            begin = Integer.parseInt(Site.str(q, "begin"));
            end = Integer.parseInt(Site.str(q, "end"));
        } catch (NumberFormatException e) {
            return "";
        }
        if (begin < 0 || end > text.length() || begin >= end) {
            return "";
        }
        // Offsets that miss the words (a hand-made or older graph) give way to where the words are.
        String words = Site.str(q, "text");
        int found = text.substring(begin, end).equals(words) ? begin : text.indexOf(words);
        if (found >= 0 && !words.isEmpty()) {
            begin = found;
            end = found + words.length();
        }
        int from = Math.max(0, begin - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        return (from > 0 ? "… " : "") + Html.text(text.substring(from, begin)) + "<mark>" + Html.text(text.substring(begin, end))
                + "</mark>" + Html.text(text.substring(end, to)) + (to < text.length() ? " …" : "");
    }
}
