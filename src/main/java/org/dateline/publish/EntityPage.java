package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The page of an entity: names, type, Wikidata link, roles, the reports that refer to it (newest
 * first, paged), its quotations, its events, and the entities mentioned alongside it.
 */
final class EntityPage {

    static final int PAGE_SIZE = 20;

    private static final String NAMES = """
            SELECT ?p ?o WHERE { VALUES ?p { rdfs:label skos:altLabel rdf:type owl:sameAs }
              ?e ?p ?o }""";
    private static final String ROLES = """
            SELECT ?role ?title ?of ?ofName ?report ?h WHERE {
              ?e dl:hasRole ?role . OPTIONAL { ?role dl:roleTitle ?title }
              OPTIONAL { ?role dl:roleOf ?of OPTIONAL { ?of rdfs:label ?ofName } }
              OPTIONAL { ?role dl:statedIn ?report OPTIONAL { ?report schema:headline ?h } }
            } ORDER BY ?title""";
    /**
     * How a report refers to an entity: a mention, its publisher or agency, its dateline. Naming the
     * properties lets TDB2 use its property indexes: with GRAPH ?r { ?s ?p ?e } instead, the home
     * page's p50 was 730 ms against 63 ms on 1,000 reports (PageBenchmark).
     */
    static final String REFERS = "VALUES ?p { schema:mentions schema:publisher dl:agency dl:datelinePlace } ?r ?p ?e .";
    /**
     * The page of reports is chosen on dates alone and the headlines fetched for those 20 only:
     * asking for headlines in the same query made it five times slower (413 against 84 ms for a
     * country in 1,000 reports).
     */
    private static final String REPORTS = """
            SELECT ?r ?date WHERE {
              { SELECT DISTINCT ?r WHERE { %s } }
              OPTIONAL { ?r schema:datePublished ?date }
            } ORDER BY DESC(?date) ?r LIMIT 21 OFFSET %%d""".formatted(REFERS);
    private static final String REPORT_COUNT = """
            SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { %s }""".formatted(REFERS);
    private static final String QUOTES = """
            SELECT ?q ?text ?speaker ?speakerName ?kind ?r ?h WHERE {
              ?q a dl:Quotation ; dl:speaker ?e ; schema:text ?text . BIND(?e AS ?speaker)
              OPTIONAL { ?e rdfs:label ?speakerName } OPTIONAL { ?q dl:quoteKind ?kind }
              OPTIONAL { ?q dl:inReport ?r OPTIONAL { ?r schema:headline ?h } }
            } ORDER BY ?q""";
    private static final String EVENTS = """
            SELECT ?ev ?type ?date ?modality ?trigger ?role ?who ?whoName WHERE {
              ?ev a dl:Event . { ?ev dl:actor ?e } UNION { ?ev dl:target ?e }
              OPTIONAL { ?ev dl:eventType ?type } OPTIONAL { ?ev dl:date ?date }
              OPTIONAL { ?ev dl:modality ?modality } OPTIONAL { ?ev dl:trigger ?trigger }
              OPTIONAL { { ?ev dl:actor ?who BIND("actor" AS ?role) } UNION { ?ev dl:target ?who BIND("target" AS ?role) }
                         OPTIONAL { ?who rdfs:label ?whoName } }
            } ORDER BY DESC(?date) ?ev""";
    /** Counted first, labelled after: labels inside the aggregate made it ten times slower. */
    private static final String CO_MENTIONED = """
            SELECT ?o ?n ?label WHERE {
              { SELECT ?o (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r schema:mentions ?e , ?o FILTER(?o != ?e) }
                GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 12 }
              OPTIONAL { ?o rdfs:label ?label }
            } ORDER BY DESC(?n) ?label""";

    private final Site site;

    EntityPage(Site site) {
        this.site = site;
    }

    String render(String iri, int page) {
        Node e = NodeFactory.createURI(iri);
        Links links = site.links();
        String local = links.local(iri);
        String label = null;
        Set<String> alt = new java.util.TreeSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<String> wikidata = new LinkedHashSet<>();
        for (Map<String, Node> row : site.sparql().select(NAMES, "e", e)) {
            String p = Site.str(row, "p");
            Node o = row.get("o");
            if (p.endsWith("#label") && label == null) {
                label = o.getLiteralLexicalForm();
            } else if (p.endsWith("#altLabel")) {
                alt.add(Html.text(o.getLiteralLexicalForm()));
            } else if (p.endsWith("#type")) {
                types.add(Html.text(site.vocabularies().label(o)));
            } else if (p.endsWith("#sameAs") && o.isURI() && o.getURI().startsWith(Links.WIKIDATA)) {
                String qid = o.getURI().substring(Links.WIKIDATA.length());
                wikidata.add(Html.link(links.href(o.getURI()), "Wikidata " + qid));
            }
        }
        if (label == null) {
            label = local.substring(local.lastIndexOf('/') + 1);
        }
        StringBuilder facts = new StringBuilder();
        facts.append("<dt>Type</dt><dd>").append(types.isEmpty() ? "unknown" : String.join(", ", types)).append("</dd>");
        if (!alt.isEmpty()) {
            facts.append("<dt>Also called</dt><dd>").append(String.join("; ", alt)).append("</dd>");
        }
        if (!wikidata.isEmpty()) {
            facts.append("<dt>Same as</dt><dd>").append(String.join(", ", wikidata)).append("</dd>");
        }

        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("label", Html.text(label));
        slots.put("facts", facts.toString());
        slots.put("roles", roles(e));
        slots.put("reports", reports(e, local, page));
        slots.put("quotations", quotations(e));
        slots.put("events", events(e));
        slots.put("comentioned", coMentioned(e));
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        return HtmlTemplates.page(label, HtmlTemplates.fill("entity.html", slots), Site.alternates(local));
    }

    private String roles(Node e) {
        List<Map<String, Node>> rows = site.sparql().select(ROLES, "e", e);
        if (rows.isEmpty()) {
            return "<p>No roles recorded.</p>";
        }
        Map<String, StringBuilder> roles = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            StringBuilder item = roles.computeIfAbsent(Site.str(row, "role"), k -> {
                StringBuilder sb = new StringBuilder(Html.text(Site.str(row, "title")));
                if (row.containsKey("of")) {
                    sb.append(" of ").append(site.links().link(row.get("of"), site.label(row, "of", "ofName")));
                }
                return sb.append(" — stated in");
            });
            if (row.containsKey("report")) {
                item.append(' ').append(site.links().link(row.get("report"), Site.str(row, "h").isEmpty() ? "a report" : Site.str(row, "h")));
            }
        }
        StringBuilder out = new StringBuilder("<ul>");
        roles.values().forEach(r -> out.append("<li>").append(r).append("</li>"));
        return out.append("</ul>").toString();
    }

    private String reports(Node e, String local, int page) {
        List<Map<String, Node>> count = site.sparql().select(REPORT_COUNT, "e", e);
        String total = count.isEmpty() ? "0" : Site.str(count.get(0), "n");
        List<Map<String, Node>> rows = site.sparql().select(REPORTS.formatted(page * PAGE_SIZE), "e", e);
        StringBuilder out = new StringBuilder("<p>").append(Html.count(total, "report"))
                .append("1".equals(total) ? " refers" : " refer").append(" to this entity.</p>");
        if (rows.isEmpty()) {
            return out.toString();
        }
        out.append("<ol class=\"reports\" start=\"").append(page * PAGE_SIZE + 1).append("\">");
        for (Map<String, Node> row : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            out.append("<li>").append(reportItem(site, row)).append("</li>");
        }
        out.append("</ol><nav class=\"pager\" aria-label=\"Report pages\">");
        if (page > 0) {
            out.append(Html.link(local + "?page=" + (page - 1), "Newer reports")).append(' ');
        }
        if (rows.size() > PAGE_SIZE) {
            out.append(Html.link(local + "?page=" + (page + 1), "Older reports"));
        }
        return out.append("</nav>").toString();
    }

    /**
     * "2024-01-17 — headline" with the headline linked; the headline is the row's ?h or is looked up,
     * and a report without one is named by its first words ({@link ReportTitle}).
     */
    static String reportItem(Site site, Map<String, Node> row) {
        String date = Site.str(row, "date");
        String h = Site.str(row, "h");
        ReportTitle title = h.isEmpty() ? ReportTitle.lookUp(site, row.get("r")) : ReportTitle.of(h, null);
        return (date.isEmpty() ? "" : "<time datetime=\"" + Html.text(date) + "\">" + Html.text(date) + "</time> — ")
                + title.link(site.links(), row.get("r"));
    }

    private String quotations(Node e) {
        List<Map<String, Node>> rows = site.sparql().select(QUOTES, "e", e);
        if (rows.isEmpty()) {
            return "<p>No quotations attributed to this entity.</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"quotes\">");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, Node> q : rows) {
            if (seen.add(Site.str(q, "q"))) {
                out.append("<li>").append(ReportPage.quote(site, q));
                if (q.containsKey("r")) {
                    out.append("<p>In ").append(site.links().link(q.get("r"), Site.str(q, "h").isEmpty() ? "a report" : Site.str(q, "h"))).append("</p>");
                }
                out.append("</li>");
            }
        }
        return out.append("</ul>").toString();
    }

    private String events(Node e) {
        Map<String, EventRow> events = EventRow.group(site, site.sparql().select(EVENTS, "e", e));
        if (events.isEmpty()) {
            return "<p>No events with this entity as actor or target.</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"events\">");
        events.values().forEach(ev -> out.append("<li>").append(ev.summary()).append("</li>"));
        return out.append("</ul>").toString();
    }

    private String coMentioned(Node e) {
        List<Map<String, Node>> rows = site.sparql().select(CO_MENTIONED, "e", e);
        if (rows.isEmpty()) {
            return "<p>No other entities mentioned in the same reports.</p>";
        }
        StringBuilder out = new StringBuilder("<ul class=\"comentioned\">");
        for (Map<String, Node> row : rows) {
            out.append("<li>").append(site.links().link(row.get("o"), site.label(row, "o", "label")))
                    .append(" (").append(Html.count(Site.str(row, "n"), "report")).append(")</li>");
        }
        return out.append("</ul>").toString();
    }
}
