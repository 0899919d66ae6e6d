package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.dateline.store.ReportIndex;

/**
 * The page of an entity: names, type, Wikidata link, its roles, and the links into it as its data
 * document has them ({@link Backlinks}): the reports that refer to it (newest first), the roles
 * held in it, its quotations and its events, each list paged as the data is, plus the entities
 * mentioned alongside it.
 */
final class EntityPage {

    static final int PAGE_SIZE = Backlinks.PAGE_SIZE;

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
            } ORDER BY DESC(?date) ?r LIMIT %d OFFSET %%d""".formatted(REFERS, PAGE_SIZE);
    static final String HEADLINE = "SELECT ?h WHERE { ?r schema:headline ?h } LIMIT 1";
    private static final String REPORT_COUNT = """
            SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { %s }""".formatted(REFERS);
    private static final String QUOTES = """
            SELECT ?q ?text ?speaker ?speakerName ?kind ?r ?h WHERE {
              { SELECT DISTINCT ?q WHERE { ?q dl:speaker ?e } ORDER BY ?q LIMIT %d OFFSET %%d }
              ?q a dl:Quotation ; schema:text ?text . BIND(?e AS ?speaker)
              OPTIONAL { ?e rdfs:label ?speakerName } OPTIONAL { ?q dl:quoteKind ?kind }
              OPTIONAL { ?q dl:inReport ?r OPTIONAL { ?r schema:headline ?h } }
            } ORDER BY ?q""".formatted(PAGE_SIZE);
    /** The entity's links first: with "?ev a dl:Event" first, TDB2 would read every event in the store. */
    private static final String EVENTS = """
            SELECT ?ev ?type ?date ?modality ?trigger ?role ?who ?whoName WHERE {
              { SELECT DISTINCT ?ev WHERE { { ?ev dl:actor ?e } UNION { ?ev dl:target ?e } UNION { ?ev dl:place ?e } ?ev a dl:Event }
                ORDER BY ?ev LIMIT %d OFFSET %%d }
              OPTIONAL { ?ev dl:eventType ?type } OPTIONAL { ?ev dl:date ?date }
              OPTIONAL { ?ev dl:modality ?modality } OPTIONAL { ?ev dl:trigger ?trigger }
              OPTIONAL { { ?ev dl:actor ?who BIND("actor" AS ?role) } UNION { ?ev dl:target ?who BIND("target" AS ?role) }
                         OPTIONAL { ?who rdfs:label ?whoName } }
            } ORDER BY DESC(?date) ?ev""".formatted(PAGE_SIZE);
    /** The roles held in a country or organisation, with who holds them. */
    private static final String ROLES_IN = """
            SELECT ?role ?title ?holder ?holderName ?report ?h WHERE {
              { SELECT DISTINCT ?role WHERE { ?role dl:roleOf ?e } ORDER BY ?role LIMIT %d OFFSET %%d }
              OPTIONAL { ?role dl:roleTitle ?title }
              OPTIONAL { ?holder dl:hasRole ?role OPTIONAL { ?holder rdfs:label ?holderName } }
              OPTIONAL { ?role dl:statedIn ?report OPTIONAL { ?report schema:headline ?h } }
            } ORDER BY ?holderName ?title ?role""".formatted(PAGE_SIZE);
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

    /**
     * @param page    the page, from 1
     * @param hasNext whether the data document has a further page (some kind of link goes on)
     */
    String render(String iri, int page, boolean hasNext) {
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
        String rolesIn = rolesIn(e, label, page);
        String roles = roles(e);
        // A country or organisation gives roles rather than holding them: "No roles recorded" would mislead.
        slots.put("roles", roles.isEmpty() && !rolesIn.isEmpty() ? "" : section("roles-heading", "Roles",
                roles.isEmpty() ? "<p>No roles recorded.</p>" : roles));
        slots.put("rolesIn", rolesIn);
        slots.put("reports", reports(e, page));
        slots.put("quotations", quotations(e, page));
        slots.put("events", events(e, page));
        slots.put("pager", pager(local, page, hasNext));
        slots.put("comentioned", coMentioned(e));
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        String title = page > 1 ? label + " (page " + page + ")" : label;
        return HtmlTemplates.page(title, HtmlTemplates.fill("entity.html", slots), Site.alternates(local) + pageLinks(local, page, hasNext));
    }

    /** The pages before and after this one: the same for every list on the page and for the data. */
    private static String pager(String local, int page, boolean hasNext) {
        if (page == 1 && !hasNext) {
            return "";
        }
        StringBuilder out = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\"><p>Page ").append(page)
                .append(" of the reports, roles, quotations and events linked to this entity, ").append(PAGE_SIZE)
                .append(" of each kind a page.</p>");
        if (page > 1) {
            out.append("<a rel=\"prev\" href=\"").append(Html.text(local + "?page=" + (page - 1))).append("\">Previous page</a> ");
        }
        if (hasNext) {
            out.append("<a rel=\"next\" href=\"").append(Html.text(local + "?page=" + (page + 1))).append("\">Next page</a>");
        }
        return out.append("</nav>").toString();
    }

    private static String pageLinks(String local, int page, boolean hasNext) {
        return (page > 1 ? "<link rel=\"prev\" href=\"" + Html.text(local + "?page=" + (page - 1)) + "\">\n" : "")
                + (hasNext ? "<link rel=\"next\" href=\"" + Html.text(local + "?page=" + (page + 1)) + "\">\n" : "");
    }

    /** "No quotations attributed to this entity." on the first page, "No further quotations." after it. */
    private static String none(int page, String first, String later) {
        return "<p>" + (page == 1 ? first : later) + "</p>";
    }

    private static String section(String id, String heading, String body) {
        return "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" + Html.text(heading) + "</h2>\n" + body + "\n</section>";
    }

    /** The roles the entity holds as a list, "" when it holds none. */
    private String roles(Node e) {
        List<Map<String, Node>> rows = site.sparql().select(ROLES, "e", e);
        if (rows.isEmpty()) {
            return "";
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

    /** The reports referring to the entity: from the store's report index, or by SPARQL for a dataset without one. */
    private String reports(Node e, int page) {
        ReportIndex index = ReportIndex.of(site.dataset());
        String total;
        List<Map<String, Node>> rows;
        if (index != null) {
            total = String.valueOf(index.referringCount(e.getURI()));
            rows = index.referring(e.getURI(), (page - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(EntityPage::row).toList();
        } else {
            List<Map<String, Node>> count = site.sparql().select(REPORT_COUNT, "e", e);
            total = count.isEmpty() ? "0" : Site.str(count.get(0), "n");
            rows = site.sparql().select(REPORTS.formatted((page - 1) * PAGE_SIZE), "e", e);
        }
        StringBuilder out = new StringBuilder("<p>").append(Html.count(total, "report"))
                .append("1".equals(total) ? " refers" : " refer").append(" to this entity.</p>");
        if (rows.isEmpty()) {
            return out.toString();
        }
        out.append("<ol class=\"reports\" start=\"").append((page - 1) * PAGE_SIZE + 1).append("\">");
        for (Map<String, Node> row : rows) {
            out.append("<li>").append(reportItem(site, row)).append("</li>");
        }
        return out.append("</ol>").toString();
    }

    private String rolesIn(Node e, String label, int page) {
        List<Map<String, Node>> rows = site.sparql().select(ROLES_IN.formatted((page - 1) * PAGE_SIZE), "e", e);
        if (rows.isEmpty()) {
            return "";
        }
        Map<String, StringBuilder> roles = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            StringBuilder item = roles.computeIfAbsent(Site.str(row, "role"), k -> {
                StringBuilder sb = new StringBuilder(Html.text(Site.str(row, "title"))).append(" of ").append(Html.text(label));
                if (row.containsKey("holder")) {
                    sb.append(": ").append(site.links().link(row.get("holder"), site.label(row, "holder", "holderName")));
                }
                return sb.append(" — stated in");
            });
            if (row.containsKey("report")) {
                item.append(' ').append(site.links().link(row.get("report"), Site.str(row, "h").isEmpty() ? "a report" : Site.str(row, "h")));
            }
        }
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"roles-in-heading\">\n<h2 id=\"roles-in-heading\">Roles in ")
                .append(Html.text(label)).append("</h2>\n<ul class=\"roles-in\">");
        roles.values().forEach(r -> out.append("<li>").append(r).append("</li>"));
        return out.append("</ul>\n</section>").toString();
    }

    /** The row with the report's headline added as ?h, when it has one. */
    static Map<String, Node> withHeadline(Site site, Map<String, Node> row) {
        Map<String, Node> out = new java.util.HashMap<>(row);
        List<Map<String, Node>> h = site.sparql().select(HEADLINE, "r", row.get("r"));
        if (!h.isEmpty()) {
            out.put("h", h.get(0).get("h"));
        }
        return out;
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

    private String quotations(Node e, int page) {
        List<Map<String, Node>> rows = site.sparql().select(QUOTES.formatted((page - 1) * PAGE_SIZE), "e", e);
        if (rows.isEmpty()) {
            return none(page, "No quotations attributed to this entity.", "No further quotations.");
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

    private String events(Node e, int page) {
        Map<String, EventRow> events = EventRow.group(site, site.sparql().select(EVENTS.formatted((page - 1) * PAGE_SIZE), "e", e));
        if (events.isEmpty()) {
            return none(page, "No events with this entity as actor, target or place.", "No further events.");
        }
        StringBuilder out = new StringBuilder("<ul class=\"events\">");
        events.values().forEach(ev -> out.append("<li>").append(ev.summary()).append("</li>"));
        return out.append("</ul>").toString();
    }

    /** A report found in the index as a row of the report queries: ?r, and ?h and ?date where it has them. */
    static Map<String, Node> row(ReportIndex.Hit hit) {
        Map<String, Node> row = new java.util.HashMap<>();
        row.put("r", NodeFactory.createURI(hit.iri()));
        if (!hit.headline().isEmpty()) {
            row.put("h", NodeFactory.createLiteralString(hit.headline()));
        }
        if (!hit.date().isEmpty()) {
            row.put("date", NodeFactory.createLiteralString(hit.date()));
        }
        return row;
    }

    private String coMentioned(Node e) {
        ReportIndex index = ReportIndex.of(site.dataset());
        List<Map<String, Node>> rows = index == null ? site.sparql().select(CO_MENTIONED, "e", e)
                : index.coMentioned(e.getURI(), 12).stream().map(c -> {
                    Map<String, Node> row = new java.util.HashMap<>();
                    Node o = NodeFactory.createURI(c.iri());
                    row.put("o", o);
                    row.put("n", NodeFactory.createLiteralString(String.valueOf(c.reports())));
                    List<Map<String, Node>> label = site.sparql().select("SELECT ?label WHERE { ?o rdfs:label ?label } LIMIT 1", "o", o);
                    if (!label.isEmpty()) {
                        row.put("label", label.get(0).get("label"));
                    }
                    return row;
                }).sorted(java.util.Comparator.<Map<String, Node>, Integer>comparing(r -> -Integer.parseInt(Site.str(r, "n")))
                        .thenComparing(r -> Site.str(r, "label"))).toList();
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
