package org.dateline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/** One event gathered from query rows (one row per actor or target), for event lists. */
record EventRow(Site site, String iri, String typeLabel, String date, String modality, String trigger,
        List<String> actors, List<String> targets) {

    /** Shown for an event whose report names no one who acted ("two soldiers were shot dead"). */
    static final String UNNAMED_ACTOR = "unnamed";

    static Map<String, EventRow> group(Site site, List<Map<String, Node>> rows) {
        Map<String, EventRow> events = new LinkedHashMap<>();
        for (Map<String, Node> row : rows) {
            String iri = Site.str(row, "ev");
            EventRow e = events.computeIfAbsent(iri, k -> new EventRow(site, iri,
                    row.containsKey("type") ? site.vocabularies().label(row.get("type")) : "event",
                    Site.str(row, "date"),
                    row.containsKey("modality") ? site.vocabularies().label(row.get("modality")) : "",
                    Site.str(row, "trigger"), new ArrayList<>(), new ArrayList<>()));
            if (row.containsKey("who")) {
                String who = site.links().link(row.get("who"), site.label(row, "who", "whoName"));
                List<String> into = "target".equals(Site.str(row, "role")) ? e.targets() : e.actors();
                if (!into.contains(who)) {
                    into.add(who);
                }
            }
        }
        return events;
    }

    /** "CONSULT: Niger → Iran, 2024-01-16 (asserted), «held talks»" as HTML. */
    String summary() {
        StringBuilder out = new StringBuilder(site.links().link(org.apache.jena.graph.NodeFactory.createURI(iri), typeLabel));
        out.append(": ").append(actors.isEmpty() ? UNNAMED_ACTOR : String.join(", ", actors));
        if (!targets.isEmpty()) {
            out.append(" → ").append(String.join(", ", targets));
        } else if (actors.isEmpty()) {
            out.append(" → ").append(UNNAMED_ACTOR); // "four persons were shot": no one named on either side
        }
        if (!date.isEmpty()) {
            out.append(", <time datetime=\"").append(Html.text(date)).append("\">").append(Html.text(date)).append("</time>");
        }
        if (!modality.isEmpty()) {
            out.append(" <span class=\"badge\">").append(Html.text(modality)).append("</span>");
        }
        if (!trigger.isEmpty()) {
            out.append(" “").append(Html.text(trigger)).append("”");
        }
        return out.toString();
    }
}
