package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The page of an event: type, actor, target, date, place, modality, evidence and reports. */
final class EventPage {

    private static final String ROWS = """
            SELECT ?p ?o ?oLabel ?h WHERE {
              VALUES ?p { dl:eventType dl:actor dl:target dl:date dl:place dl:modality dl:trigger dl:evidence dl:reportedIn }
              ?ev ?p ?o OPTIONAL { ?o rdfs:label ?oLabel } OPTIONAL { ?o schema:headline ?h } }""";

    private final Site site;

    EventPage(Site site) {
        this.site = site;
    }

    String render(String iri) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String p : List.of("eventType", "actor", "target", "date", "place", "modality", "trigger", "evidence", "reportedIn")) {
            values.put(p, new LinkedHashSet<>());
        }
        String type = "Event";
        for (Map<String, Node> row : site.sparql().select(ROWS, "ev", NodeFactory.createURI(iri))) {
            String p = Site.str(row, "p");
            String local = p.substring(p.indexOf('#') + 1);
            Node o = row.get("o");
            String html;
            if (local.equals("eventType")) {
                type = site.vocabularies().label(o);
                html = Html.text(type);
            } else if (local.equals("modality")) {
                html = Html.text(site.vocabularies().label(o));
            } else if (local.equals("reportedIn")) {
                html = site.links().link(o, Site.str(row, "h").isEmpty() ? "a report" : Site.str(row, "h"));
            } else if (o.isURI()) {
                html = site.links().link(o, site.label(row, "o", "oLabel"));
            } else if (local.equals("date")) {
                html = "<time datetime=\"" + Html.text(o.getLiteralLexicalForm()) + "\">" + Html.text(o.getLiteralLexicalForm()) + "</time>";
            } else if (local.equals("evidence")) {
                html = "<blockquote>" + Html.text(o.getLiteralLexicalForm()) + "</blockquote>";
            } else {
                html = Html.text(o.getLiteralLexicalForm());
            }
            values.get(local).add(html);
        }
        StringBuilder facts = new StringBuilder();
        Map<String, String> names = Map.of("eventType", "Type", "actor", "Actor", "target", "Target", "date", "Date",
                "place", "Place", "modality", "Modality", "trigger", "Trigger");
        if (values.get("actor").isEmpty()) {
            // the report names no one who acted: said, rather than the line left out as if forgotten
            values.get("actor").add(Html.text(EventRow.UNNAMED_ACTOR) + " (the report names no one)");
            if (values.get("target").isEmpty()) {
                // nor whom it struck ("four persons were shot"): its victims are in the evidence, unnamed
                values.get("target").add(Html.text(EventRow.UNNAMED_ACTOR) + " (the report names no one)");
            }
        }
        for (String p : List.of("eventType", "actor", "target", "date", "place", "modality", "trigger")) {
            if (!values.get(p).isEmpty()) {
                facts.append("<dt>").append(names.get(p)).append("</dt><dd>").append(String.join(", ", values.get(p))).append("</dd>");
            }
        }
        String local = site.links().local(iri);
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.text(type));
        slots.put("facts", facts.toString());
        slots.put("evidence", values.get("evidence").isEmpty() ? "<p>No evidence sentence recorded.</p>" : String.join("\n", values.get("evidence")));
        slots.put("reports", values.get("reportedIn").isEmpty() ? "<p>No report recorded.</p>"
                : "<ul><li>" + String.join("</li><li>", values.get("reportedIn")) + "</li></ul>");
        slots.put("formats", site.formats(local));
        slots.put("iri", Html.text(iri));
        return HtmlTemplates.page(type + " event", HtmlTemplates.fill("event.html", slots), Site.alternates(local));
    }
}
