package org.dateline.link.online;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.dateline.link.EntityType;

/**
 * Asks a SPARQL endpoint in the Wikidata Query Service's shape which items have a name as English
 * rdfs:label or skos:altLabel, and what their wdt:P31 classes say they are. One request per name,
 * at most one per interval, each cut off after the timeout.
 */
public final class WikidataLookup {

    /** Wikidata's public endpoint; its terms ask for a User-Agent that names the client. */
    public static final String WIKIDATA_QUERY_SERVICE = "https://query.wikidata.org/sparql";
    private static final String USER_AGENT = "Dateline/0.1 (https://w3id.org/dateline; news reports to linked data)";
    private static final String WD = "http://www.wikidata.org/entity/";
    private static final int MAX_ITEMS = 50;

    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            SELECT ?item ?label ?how ?class WHERE {
              VALUES ?name { %s }
              { ?item rdfs:label ?name BIND("label" AS ?how) }
              UNION
              { ?item skos:altLabel ?name BIND("alias" AS ?how) }
              ?item rdfs:label ?label FILTER(LANG(?label) = "en")
              OPTIONAL { ?item wdt:P31 ?class }
            } LIMIT 500
            """;

    private final String endpoint;
    private final Duration timeout;
    private final RateLimiter limiter;
    private final HttpClient http;
    private final WikidataClasses classes = WikidataClasses.bundled();

    public WikidataLookup(String endpoint, Duration timeout, Duration interval) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.limiter = new RateLimiter(interval);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String endpoint() {
        return endpoint;
    }

    /**
     * The items with one of these names (variants of one name), at most {@value #MAX_ITEMS}.
     *
     * @throws LookupFailedException when the endpoint cannot answer (down, slow, refuses)
     */
    public List<WikidataItem> lookup(List<String> names) {
        StringBuilder values = new StringBuilder();
        for (String name : names) {
            values.append(NodeFmtLib.strNT(NodeFactory.createLiteralLang(name, "en"))).append(' ');
        }
        Query query = QueryFactory.create(QUERY.formatted(values));
        try {
            limiter.acquire();
            try (QueryExecutionHTTP exec = QueryExecutionHTTP.service(endpoint).httpClient(http)
                    .query(query).httpHeader("User-Agent", USER_AGENT)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return items(exec.execSelect());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookupFailedException(endpoint, e);
        } catch (RuntimeException e) {
            throw new LookupFailedException(endpoint, e);
        }
    }

    private List<WikidataItem> items(ResultSet results) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Boolean> byLabel = new LinkedHashMap<>();
        Map<String, Set<EntityType>> types = new LinkedHashMap<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            RDFNode item = row.get("item");
            if (item == null || !item.isURIResource() || !item.asResource().getURI().startsWith(WD)) {
                continue;
            }
            String qid = item.asResource().getURI().substring(WD.length());
            if (!qid.matches("Q[1-9][0-9]*")) {
                continue;
            }
            labels.putIfAbsent(qid, row.getLiteral("label").getString());
            byLabel.merge(qid, "label".equals(row.getLiteral("how").getString()), Boolean::logicalOr);
            Set<EntityType> kinds = types.computeIfAbsent(qid, k -> EnumSet.noneOf(EntityType.class));
            RDFNode cls = row.get("class");
            if (cls != null && cls.isURIResource() && cls.asResource().getURI().startsWith(WD)) {
                classes.typeOf(cls.asResource().getURI().substring(WD.length())).ifPresent(kinds::add);
            }
        }
        List<WikidataItem> items = new ArrayList<>();
        for (String qid : labels.keySet()) {
            if (items.size() == MAX_ITEMS) {
                break;
            }
            items.add(new WikidataItem(qid, labels.get(qid), byLabel.get(qid), types.get(qid)));
        }
        return items;
    }
}
