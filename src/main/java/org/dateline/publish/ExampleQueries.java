package org.dateline.publish;

import java.util.List;

/** The example queries shown on the home and query pages. */
final class ExampleQueries {

    /** A titled query. */
    record Example(String title, String query) {
    }

    static final List<Example> ALL = List.of(
            new Example("Newest reports", """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    PREFIX schema: <https://schema.org/>
                    SELECT ?report ?date ?headline WHERE {
                      ?report a dl:Report ; schema:headline ?headline .
                      OPTIONAL { ?report schema:datePublished ?date }
                    } ORDER BY DESC(?date) LIMIT 20"""),
            new Example("Entities in the most reports", """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?entity ?label (COUNT(DISTINCT ?report) AS ?reports) WHERE {
                      GRAPH ?report { ?s ?p ?entity } ?report a dl:Report .
                      ?entity rdfs:label ?label .
                    } GROUP BY ?entity ?label ORDER BY DESC(?reports) LIMIT 20"""),
            new Example("Events by PLOVER category", """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    SELECT ?type (COUNT(?event) AS ?events) WHERE {
                      ?event a dl:Event ; dl:eventType ?type .
                    } GROUP BY ?type ORDER BY DESC(?events)"""),
            new Example("Who said what", """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    PREFIX schema: <https://schema.org/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    SELECT ?speaker ?text ?report WHERE {
                      ?q a dl:Quotation ; schema:text ?text ; dl:speaker ?s ; dl:inReport ?report .
                      ?s rdfs:label ?speaker .
                    } LIMIT 50"""),
            new Example("Federated: population of linked countries from Wikidata (needs internet)", """
                    PREFIX dl: <https://w3id.org/dateline/ns#>
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                    SELECT ?country ?label ?population WHERE {
                      ?country a dl:Country ; rdfs:label ?label ; owl:sameAs ?item .
                      SERVICE <https://query.wikidata.org/sparql> {
                        ?item wdt:P1082 ?population .
                      }
                    }"""));

    private ExampleQueries() {
    }

    /** The examples as HTML, each with a button (query page) or a link that opens it in the editor. */
    static String html() {
        StringBuilder out = new StringBuilder();
        for (Example e : ALL) {
            out.append("<details class=\"example\"><summary>").append(Html.text(e.title())).append("</summary>")
                    .append("<pre><code class=\"example-query\">").append(Html.text(e.query())).append("</code></pre>")
                    .append("<p>").append(Html.link("/query?query=" + java.net.URLEncoder.encode(e.query(),
                            java.nio.charset.StandardCharsets.UTF_8), "Open in the query editor")).append("</p></details>\n");
        }
        return out.toString();
    }
}
