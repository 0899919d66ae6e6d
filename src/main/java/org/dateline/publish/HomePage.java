package org.dateline.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.dateline.store.ReportIndex;

/** The home page: counts, newest reports, the entities in most reports, examples, search. */
final class HomePage {

    private static final String COUNTS = """
            SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class }""";
    private static final String NEWEST = """
            SELECT ?r ?date WHERE { ?r a dl:Report OPTIONAL { ?r schema:datePublished ?date } }
            ORDER BY DESC(?date) ?r LIMIT 10""";
    private static final String TOP_ENTITIES = """
            SELECT ?e (SAMPLE(?l) AS ?label) ?n WHERE {
              { SELECT ?e (COUNT(DISTINCT ?r) AS ?n) WHERE { %s } GROUP BY ?e ORDER BY DESC(?n) LIMIT 12 }
              ?e rdfs:label ?l .
            } GROUP BY ?e ?n ORDER BY DESC(?n) ?label""".formatted(EntityPage.REFERS);

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    String render() {
        ReportIndex index = ReportIndex.of(site.dataset());
        ReportIndex.Page newestReports = index == null ? null : index.reports(ReportIndex.ReportOrder.NEWEST, 0, 10);
        StringBuilder stats = new StringBuilder("<ul class=\"stats\">");
        Browse.Kind[] kinds = {Browse.Kind.REPORTS, Browse.Kind.PEOPLE, Browse.Kind.ORGANISATIONS, Browse.Kind.COUNTRIES,
            Browse.Kind.PLACES, Browse.Kind.EVENTS, Browse.Kind.QUOTATIONS};
        for (Browse.Kind kind : kinds) {
            if (kind == Browse.Kind.REPORTS && newestReports != null) {
                stats.append("<li><a href=\"/browse/reports\"><strong>").append(newestReports.total()).append("</strong> reports</a></li>");
                continue;
            }
            List<Map<String, Node>> rows = site.sparql().select(COUNTS, "class",
                    org.apache.jena.graph.NodeFactory.createURI(org.dateline.map.Vocab.DL + kind.type));
            stats.append("<li><a href=\"/browse/").append(kind.slug).append("\"><strong>")
                    .append(Html.text(Site.str(rows.get(0), "n"))).append("</strong> ")
                    .append(kind.slug).append("</a></li>");
        }
        stats.append("</ul>");

        StringBuilder newest = new StringBuilder("<ol class=\"reports\">");
        List<Map<String, Node>> newestRows = newestReports == null ? site.sparql().select(NEWEST)
                : newestReports.hits().stream().map(EntityPage::row).toList();
        for (Map<String, Node> row : newestRows) {
            newest.append("<li>").append(EntityPage.reportItem(site, row)).append("</li>");
        }
        newest.append("</ol>");

        StringBuilder top = new StringBuilder("<ol class=\"entities\">");
        for (Map<String, Node> row : index == null ? site.sparql().select(TOP_ENTITIES) : topEntities(index)) {
            top.append("<li>").append(site.links().link(row.get("e"), Site.str(row, "label")))
                    .append(" (").append(Html.count(Site.str(row, "n"), "report")).append(")</li>");
        }
        top.append("</ol>");

        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("stats", stats.toString());
        slots.put("newest", newest.toString());
        slots.put("entities", top.toString());
        slots.put("examples", ExampleQueries.html());
        return HtmlTemplates.page("News reports as linked data", HtmlTemplates.fill("home.html", slots), "");
    }

    /** TOP_ENTITIES from the report index's counts: the 12 entities most reports refer to, those with a label, by count then label. */
    private List<Map<String, Node>> topEntities(ReportIndex index) {
        List<Map<String, Node>> rows = new ArrayList<>();
        index.referrers().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, ReportIndex.Referrers> e) -> e.getValue().reports()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(12).forEach(e -> {
                    Node entity = NodeFactory.createURI(e.getKey());
                    List<Map<String, Node>> label = site.sparql().select("SELECT ?label WHERE { ?e rdfs:label ?label } LIMIT 1", "e", entity);
                    if (!label.isEmpty()) {
                        rows.add(Map.of("e", entity, "label", label.get(0).get("label"),
                                "n", NodeFactory.createLiteralString(String.valueOf(e.getValue().reports()))));
                    }
                });
        rows.sort(Comparator.comparingInt((Map<String, Node> r) -> -Integer.parseInt(Site.str(r, "n"))).thenComparing(r -> Site.str(r, "label")));
        return rows;
    }
}
