package org.dateline.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * SELECT queries for the pages, over the union of all graphs. Values from requests go in as
 * bound variables (substitution), never by pasting text into the query.
 */
public final class Sparql {

    static final String PREFIXES = """
            PREFIX dl: <https://w3id.org/dateline/ns#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final DatasetGraph dataset;
    private final Map<String, Query> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    public Sparql(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    /** Rows of a SELECT; a variable left unbound in a row is absent from its map. */
    public List<Map<String, Node>> select(String query, Object... bindings) {
        // Parsed queries are kept, but only so many: paged queries differ in their OFFSET text.
        Query q = parsed.size() < 256 ? parsed.computeIfAbsent(query, text -> QueryFactory.create(PREFIXES + text))
                : parsed.getOrDefault(query, QueryFactory.create(PREFIXES + query));
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(q);
            for (int i = 0; i < bindings.length; i += 2) {
                builder = builder.substitution((String) bindings[i], (Node) bindings[i + 1]);
            }
            List<Map<String, Node>> rows = new ArrayList<>();
            try (QueryExec exec = builder.build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(b -> {
                    Map<String, Node> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
