package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The page of the entities graph ({@code /graph/entities}): what it is, how many entities of each
 * kind it holds (each linked to its browse page) and the statements it makes, counted by property.
 * Its data document is the whole graph; the page does not list it, the browse pages do.
 */
final class EntitiesGraphPage {

    private static final String CLASSES = """
            SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?c } } GROUP BY ?c ORDER BY DESC(?n)""";
    private static final String PROPERTIES = """
            SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY DESC(?n) ?p""";

    private final Site site;

    EntitiesGraphPage(Site site) {
        this.site = site;
    }

    String render(String iri) {
        Node g = NodeFactory.createURI(iri);
        StringBuilder kinds = new StringBuilder("<ul class=\"stats\">");
        for (Map<String, Node> row : site.sparql().select(CLASSES, "g", g)) {
            String c = Site.str(row, "c");
            Browse.Kind kind = c.startsWith(org.dateline.map.Vocab.DL) ? Browse.Kind.byType(c.substring(org.dateline.map.Vocab.DL.length())) : null;
            String text = Site.str(row, "n") + " " + (kind != null ? kind.slug : site.vocabularies().label(row.get("c")));
            kinds.append("<li>").append(kind != null ? Html.link("/browse/" + kind.slug, text) : Html.text(text)).append("</li>");
        }
        kinds.append("</ul>");
        List<Map<String, Node>> properties = site.sparql().select(PROPERTIES, "g", g);
        StringBuilder table = new StringBuilder("<table class=\"properties\"><caption>Statements by property</caption>"
                + "<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Statements</th></tr></thead><tbody>");
        for (Map<String, Node> row : properties) {
            table.append("<tr><td>").append(Html.text(site.vocabularies().label(row.get("p")))).append(" <small><code>")
                    .append(Html.text(Site.str(row, "p"))).append("</code></small></td><td>")
                    .append(Html.text(Site.str(row, "n"))).append("</td></tr>");
        }
        table.append("</tbody></table>");
        String local = site.links().local(iri);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("kinds", kinds.toString());
        slots.put("properties", table.toString());
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        return HtmlTemplates.page("The entities graph", HtmlTemplates.fill("entities-graph.html", slots), Site.alternates(local));
    }
}
