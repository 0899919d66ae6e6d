package org.dateline.publish;

import java.util.Map;

/** The SPARQL query page: YASGUI served from the WebJar, with the example queries. */
final class QueryPage {

    /** The editor opens on the first example (the newest reports) when no query is asked for. */
    String render(String query) {
        if (query == null || query.isBlank()) {
            query = ExampleQueries.ALL.get(0).query();
        }
        return HtmlTemplates.page("SPARQL query", HtmlTemplates.fill("query.html",
                Map.of("examples", ExampleQueries.html(), "query", Html.text(query))),
                "<link rel=\"stylesheet\" href=\"" + StaticFiles.YASGUI + "build/yasgui.min.css\">\n"
                        + "<script src=\"" + StaticFiles.YASGUI + "build/yasgui.min.js\" defer></script>\n"
                        + "<script src=\"/static/query.js\" defer></script>");
    }
}
