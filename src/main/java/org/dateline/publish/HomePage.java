package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

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
        StringBuilder stats = new StringBuilder("<ul class=\"stats\">");
        Browse.Kind[] kinds = {Browse.Kind.REPORTS, Browse.Kind.PEOPLE, Browse.Kind.ORGANISATIONS, Browse.Kind.COUNTRIES,
            Browse.Kind.PLACES, Browse.Kind.EVENTS, Browse.Kind.QUOTATIONS};
        for (Browse.Kind kind : kinds) {
            List<Map<String, Node>> rows = site.sparql().select(COUNTS, "class",
                    org.apache.jena.graph.NodeFactory.createURI(org.dateline.map.Vocab.DL + kind.type));
            stats.append("<li><a href=\"/browse/").append(kind.slug).append("\"><strong>")
                    .append(Html.text(Site.str(rows.get(0), "n"))).append("</strong> ")
                    .append(kind.slug).append("</a></li>");
        }
        stats.append("</ul>");

        StringBuilder newest = new StringBuilder("<ol class=\"reports\">");
        for (Map<String, Node> row : site.sparql().select(NEWEST)) {
            newest.append("<li>").append(EntityPage.reportItem(site, row)).append("</li>");
        }
        newest.append("</ol>");

        StringBuilder top = new StringBuilder("<ol class=\"entities\">");
        for (Map<String, Node> row : site.sparql().select(TOP_ENTITIES)) {
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
}
