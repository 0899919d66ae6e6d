package org.dateline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The page of any other resource (a quotation, a role, a graph): its description as a table of
 * properties and values, capped so that a large graph still renders quickly.
 */
final class ResourcePage {

    static final int MAX_ROWS = 500;

    private final Site site;

    ResourcePage(Site site) {
        this.site = site;
    }

    String render(String iri, DatasetGraph description) {
        String local = site.links().local(iri);
        String title = local.substring(1);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.text(title));
        slots.put("table", table(iri, description));
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        return HtmlTemplates.page(title, HtmlTemplates.fill("resource.html", slots), Site.alternates(local));
    }

    /** The statements as a table (the resource's own first), capped at {@value #MAX_ROWS} rows. */
    String table(String iri, DatasetGraph description) {
        List<Quad> quads = new ArrayList<>();
        description.find().forEachRemaining(quads::add);
        quads.sort((a, b) -> {
            int s = Boolean.compare(!a.getSubject().toString().equals(iri), !b.getSubject().toString().equals(iri));
            return s != 0 ? s : a.getSubject().toString().compareTo(b.getSubject().toString());
        });
        StringBuilder rows = new StringBuilder();
        for (Quad q : quads.subList(0, Math.min(MAX_ROWS, quads.size()))) {
            rows.append("<tr><td>").append(node(q.getSubject())).append("</td><td>")
                    .append(Html.text(site.vocabularies().label(q.getPredicate()))).append("</td><td>")
                    .append(node(q.getObject())).append("</td></tr>\n");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("count", String.valueOf(quads.size()));
        slots.put("note", quads.size() > MAX_ROWS ? "<p>The first " + MAX_ROWS + " are shown; the data links below give all of them.</p>" : "");
        slots.put("rows", rows.toString());
        return HtmlTemplates.fill("statements.html", slots);
    }

    private String node(Node n) {
        if (n.isURI()) {
            String href = site.links().href(n.getURI());
            return href == null ? "<code>" + Html.text(n.getURI()) + "</code>" : Html.link(href, n.getURI());
        }
        if (n.isLiteral()) {
            return Html.text(n.getLiteralLexicalForm());
        }
        return "<code>" + Html.text(n.toString()) + "</code>";
    }
}
