package org.dateline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The page of a report: its row, its body with mentions linked, quotations, events, source. */
final class ReportPage {

    /** Over the union graph; each label sits inside the OPTIONAL that binds its node, or it would bind any node. */
    private static final String ROW = """
            SELECT ?h ?date ?inferred ?pub ?pubName ?place ?placeName ?dateline ?body ?ctx ?source ?byline WHERE {
              ?r a dl:Report .
              OPTIONAL { ?r schema:headline ?h } OPTIONAL { ?r schema:datePublished ?date }
              OPTIONAL { ?r dl:dateInferred ?inferred }
              OPTIONAL { ?r schema:publisher ?pub OPTIONAL { ?pub rdfs:label ?pubName } }
              OPTIONAL { ?r dl:datelinePlace ?place OPTIONAL { ?place rdfs:label ?placeName } }
              OPTIONAL { ?r dl:dateline ?dateline }
              OPTIONAL { ?r schema:articleBody ?body } OPTIONAL { ?r dl:bodyContext ?ctx }
              OPTIONAL { ?r prov:wasDerivedFrom ?source }
              OPTIONAL { ?r dl:byline ?byline }
            } LIMIT 1""";
    private static final String MENTIONS = """
            SELECT ?m ?b ?e ?ent ?label ?time ?norm WHERE {
              GRAPH ?r { ?r dl:bodyContext ?ctx . ?m nif:referenceContext ?ctx ; nif:beginIndex ?b ; nif:endIndex ?e .
                OPTIONAL { ?m a dl:TimeExpression BIND(true AS ?time) } OPTIONAL { ?m dl:normalizedValue ?norm } }
              OPTIONAL { ?m itsrdf:taIdentRef ?ent OPTIONAL { ?ent rdfs:label ?label } }
            } ORDER BY ?b""";
    /**
     * The report's link comes first in QUOTES and EVENTS: TDB2's fixed reordering rates the two
     * patterns alike and keeps their written order, and "?q a dl:Quotation" first would read every
     * quotation in the store before keeping this report's.
     */
    static final String QUOTES = """
            SELECT ?q ?text ?speaker ?speakerName ?kind ?b WHERE {
              ?q dl:inReport ?r ; a dl:Quotation ; schema:text ?text .
              OPTIONAL { ?q dl:speaker ?speaker OPTIONAL { ?speaker rdfs:label ?speakerName } }
              OPTIONAL { ?q dl:quoteKind ?kind } OPTIONAL { ?q nif:beginIndex ?b }
            } ORDER BY ?b ?q""";
    private static final String EVENTS = """
            SELECT ?ev ?type ?date ?modality ?trigger ?role ?who ?whoName WHERE {
              ?ev dl:reportedIn ?r ; a dl:Event .
              OPTIONAL { ?ev dl:eventType ?type } OPTIONAL { ?ev dl:date ?date }
              OPTIONAL { ?ev dl:modality ?modality } OPTIONAL { ?ev dl:trigger ?trigger }
              OPTIONAL { { ?ev dl:actor ?who BIND("actor" AS ?role) } UNION { ?ev dl:target ?who BIND("target" AS ?role) }
                         OPTIONAL { ?who rdfs:label ?whoName } }
            } ORDER BY ?date ?ev""";

    private static final String CAPTIONS = "SELECT DISTINCT ?c WHERE { ?r dl:caption ?c } ORDER BY ?c LIMIT 50";

    private final Site site;

    ReportPage(Site site) {
        this.site = site;
    }

    String render(String iri) {
        Node r = NodeFactory.createURI(iri);
        List<Map<String, Node>> rows = site.sparql().select(ROW, "r", r);
        Map<String, Node> row = rows.isEmpty() ? Map.of() : rows.get(0);
        ReportTitle title = ReportTitle.of(Site.str(row, "h"), Site.str(row, "body"));
        Links links = site.links();
        String local = links.local(iri);

        StringBuilder facts = new StringBuilder();
        if (row.containsKey("date")) {
            facts.append("<dt>Published</dt><dd><time datetime=\"").append(Html.text(Site.str(row, "date"))).append("\">")
                    .append(Html.text(Site.str(row, "date"))).append("</time>");
            if ("true".equals(Site.str(row, "inferred"))) {
                facts.append(" <span class=\"badge\" title=\"The date or its year was inferred, not stated in the report\">inferred</span>");
            }
            facts.append("</dd>");
        }
        if (row.containsKey("pub")) {
            facts.append("<dt>Publisher</dt><dd>").append(links.link(row.get("pub"), site.label(row, "pub", "pubName"))).append("</dd>");
        }
        if (row.containsKey("dateline") || row.containsKey("place")) {
            facts.append("<dt>Dateline</dt><dd>").append(Html.text(Site.str(row, "dateline")));
            if (row.containsKey("place")) {
                facts.append(" (").append(links.link(row.get("place"), site.label(row, "place", "placeName"))).append(')');
            }
            facts.append("</dd>");
        }
        if (row.containsKey("byline")) {
            facts.append("<dt>Byline</dt><dd>").append(Html.text(Site.str(row, "byline"))).append("</dd>");
        }
        if (row.containsKey("source")) {
            facts.append("<dt>Source</dt><dd><code>").append(Html.text(Site.str(row, "source"))).append("</code></dd>");
        }

        Map<String, String> slots = new LinkedHashMap<>();
        // Only a real headline is marked up as the article's headline.
        slots.put("heading", title.hasHeadline() ? "<h1 property=\"headline\">" + title.html() + "</h1>"
                : "<h1>" + title.html() + "</h1>");
        slots.put("facts", facts.toString());
        slots.put("body", body(r, Site.str(row, "body")));
        slots.put("context", row.containsKey("ctx") ? fragmentId(iri, Site.str(row, "ctx")) : "");
        slots.put("captions", captions(r));
        slots.put("quotations", quotations(r));
        slots.put("events", events(r));
        slots.put("formats", site.formats(local) + "<p>The report's named graph alone, through the Graph Store Protocol: "
                + Html.link("/dateline/get?graph=" + java.net.URLEncoder.encode(iri, java.nio.charset.StandardCharsets.UTF_8), "Turtle")
                + ".</p>");
        slots.put("iri", Html.text(iri));
        return HtmlTemplates.page(title.text(), HtmlTemplates.fill("report.html", slots), Site.alternates(local));
    }

    private String body(Node r, String body) {
        List<BodyMarkup.Span> spans = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Map<String, Node> m : site.sparql().select(MENTIONS, "r", r)) {
            if (seen.put(Site.str(m, "m"), true) != null) {
                continue;
            }
            int begin = Integer.parseInt(Site.str(m, "b"));
            int end = Integer.parseInt(Site.str(m, "e"));
            String href = m.containsKey("ent") ? site.links().href(Site.str(m, "ent")) : null;
            String id = fragmentId(r.getURI(), Site.str(m, "m"));
            if (href != null) {
                String title = Site.str(m, "label");
                spans.add(new BodyMarkup.Span(begin, end, "<a class=\"mention\"" + id + " href=\"" + Html.text(href) + "\""
                        + (title.isEmpty() ? "" : " title=\"" + Html.text(title) + "\"") + ">", "</a>"));
            } else if (m.containsKey("time")) {
                spans.add(new BodyMarkup.Span(begin, end,
                        "<time class=\"mention\"" + id + " datetime=\"" + Html.text(Site.str(m, "norm")) + "\">", "</time>"));
            } else {
                spans.add(new BodyMarkup.Span(begin, end, "<mark" + id + ">", "</mark>"));
            }
        }
        return BodyMarkup.render(body, spans);
    }

    /**
     * An id attribute from a hash IRI of the report ({@code report#char=23,47} gives
     * {@code id="char=23,47"}), so that the hash IRIs of mentions also resolve in the page.
     */
    static String fragmentId(String reportIri, String iri) {
        return iri.startsWith(reportIri + "#") ? " id=\"" + Html.text(iri.substring(reportIri.length() + 1)) + "\"" : "";
    }

    private String quotations(Node r) {
        List<Map<String, Node>> rows = site.sparql().select(QUOTES, "r", r);
        if (rows.isEmpty()) {
            return "<p>No quotations recorded for this report.</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"quotes\">");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Map<String, Node> q : rows) {
            if (seen.put(Site.str(q, "q"), true) == null) {
                out.append("<li>").append(quote(site, q)).append("</li>");
            }
        }
        return out.append("</ul>").toString();
    }

    /** A quotation with its speaker and kind, shared by the report and entity pages. */
    /** The captions of the report's pictures (the pictures themselves are not kept), "" when it has none. */
    private String captions(Node r) {
        List<Map<String, Node>> rows = site.sparql().select(CAPTIONS, "r", r);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"captions-heading\">\n<h2 id=\"captions-heading\">"
                + "Picture captions</h2>\n<ul class=\"captions\">");
        rows.forEach(row -> out.append("<li property=\"caption\">").append(Html.text(Site.str(row, "c"))).append("</li>"));
        return out.append("</ul>\n</section>").toString();
    }

    static String quote(Site site, Map<String, Node> q) {
        StringBuilder out = new StringBuilder("<figure><blockquote>").append(Html.text(Site.str(q, "text"))).append("</blockquote><figcaption>");
        if (q.containsKey("speaker")) {
            out.append("— ").append(site.links().link(q.get("speaker"), site.label(q, "speaker", "speakerName")));
        } else {
            out.append("— speaker not identified");
        }
        if (q.containsKey("kind")) {
            out.append(" <span class=\"badge\">").append(Html.text(site.vocabularies().label(q.get("kind")))).append("</span>");
        }
        out.append(' ').append(site.links().link(q.get("q"), "(quotation)"));
        return out.append("</figcaption></figure>").toString();
    }

    private String events(Node r) {
        Map<String, EventRow> events = EventRow.group(site, site.sparql().select(EVENTS, "r", r));
        if (events.isEmpty()) {
            return "<p>No events recorded for this report.</p>";
        }
        StringBuilder list = new StringBuilder("<ul class=\"events\">");
        StringBuilder timeline = new StringBuilder("<h3>Timeline</h3><ol class=\"timeline\">");
        for (EventRow e : events.values()) {
            list.append("<li>").append(e.summary()).append("</li>");
            timeline.append("<li>").append(e.date().isEmpty() ? "undated"
                    : "<time datetime=\"" + Html.text(e.date()) + "\">" + Html.text(e.date()) + "</time>").append(' ')
                    .append(site.links().link(NodeFactory.createURI(e.iri()), e.typeLabel())).append("</li>");
        }
        return list.append("</ul>").append(timeline).append("</ol>").toString();
    }
}
