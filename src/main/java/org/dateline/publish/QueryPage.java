package org.dateline.publish;

import java.util.Map;

/** The SPARQL query page: YASGUI served from the WebJar, with the example queries. */
final class QueryPage {

    String render(String query) {
        return HtmlTemplates.page("SPARQL query", HtmlTemplates.fill("query.html",
                Map.of("examples", ExampleQueries.html(), "query", Html.text(query == null ? "" : query))),
                "<link rel=\"stylesheet\" href=\"" + StaticFiles.YASGUI + "build/yasgui.min.css\">\n"
                        + "<script src=\"" + StaticFiles.YASGUI + "build/yasgui.min.js\" defer></script>\n"
                        + "<script src=\"/static/query.js\" defer></script>");
    }
}
