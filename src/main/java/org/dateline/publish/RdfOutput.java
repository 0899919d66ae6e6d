package org.dateline.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dateline.map.Vocab;

/**
 * Serialises descriptions. Every document uses the same prefixes, so the JSON-LD {@code @context}
 * Jena writes into each document is always the one published at {@code /context.jsonld}.
 */
public final class RdfOutput {

    private final Map<String, String> prefixes = new LinkedHashMap<>();

    public RdfOutput(String base) {
        prefixes.put("dl", Vocab.DL);
        prefixes.put("plover", Vocab.PLOVER);
        prefixes.put("schema", Vocab.SCHEMA);
        prefixes.put("prov", Vocab.PROV);
        prefixes.put("nif", Vocab.NIF);
        prefixes.put("itsrdf", Vocab.ITSRDF);
        prefixes.put("sem", Vocab.SEM);
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("wd", Vocab.WD);
        prefixes.put("void", "http://rdfs.org/ns/void#");
        prefixes.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        prefixes.put("hydra", Describer.HYDRA);
        prefixes.put("report", base + "report/");
        prefixes.put("entity", base + "entity/");
    }

    public Map<String, String> prefixes() {
        return prefixes;
    }

    public byte[] write(DatasetGraph description, RdfVariant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrefixMap map = PrefixMapFactory.create(prefixes);
        if (variant.keepsGraphs()) {
            description.prefixes().putAll(map);
            RDFDataMgr.write(out, description, variant.format());
        } else {
            Graph flat = GraphFactory.createDefaultGraph();
            description.find().forEachRemaining(q -> flat.add(q.asTriple()));
            flat.getPrefixMapping().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, flat, variant.format());
        }
        return out.toByteArray();
    }

    public byte[] write(Graph graph, RdfVariant variant) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(prefixes);
        RDFDataMgr.write(out, copy, variant.keepsGraphs() ? org.apache.jena.riot.RDFFormat.TRIG_PRETTY : variant.format());
        return out.toByteArray();
    }

    /** The JSON-LD context of every document, published at /context.jsonld. */
    public byte[] jsonLdContext() {
        StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
        int i = 0;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            json.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"')
                    .append(++i < prefixes.size() ? ",\n" : "\n");
        }
        json.append("  }\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
