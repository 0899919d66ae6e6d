package org.dateline.publish;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab;
import org.dateline.store.ReportIndex;
import org.dateline.store.StoreFigures;

/**
 * The dataset's VoID description and the endpoint's SPARQL 1.1 Service Description, in one
 * graph: the void:Dataset is also the service's sd:defaultDataset. The counts are those the
 * store's report index keeps up to date as reports come and go (counting every quad took
 * seconds at 100,000 reports); a dataset without one is counted on the first request after a commit. {@code server} is the address clients reached (endpoint, dump), which
 * may differ from the IRI base.
 */
public final class VoidDescription {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The vocabularies the data uses. */
    static final List<String> VOCABULARIES = List.of(Vocab.DL, Vocab.PLOVER, Vocab.SCHEMA, Vocab.PROV, Vocab.NIF,
            Vocab.ITSRDF, Vocab.SEM, "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2002/07/owl#",
            "http://www.w3.org/2000/01/rdf-schema#");

    private final Site site;

    VoidDescription(Site site) {
        this.site = site;
    }

    public Model describe(String server) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(site.rdf().prefixes());
        String base = site.iris().base();
        Resource dataset = m.createResource(server + "/.well-known/void#dataset");
        Resource service = m.createResource(server + "/dateline/sparql#service");
        Resource endpoint = m.createResource(server + "/dateline/sparql");
        Statistics statistics = site.cache().get(Statistics.class, this::statistics);
        long triples = statistics.triples();
        dataset.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(DCTerms.title, "Dateline news reports")
                .addProperty(DCTerms.description, "News reports turned into linked data by Dateline: reports, the people, "
                        + "organisations, countries and places they mention, roles, quotations and events.")
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"))
                .addProperty(DCTerms.rights, "The RDF description is offered under CC BY 4.0; the report texts quoted in it "
                        + "remain their publishers' and are quoted for reference.")
                .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(String.valueOf(triples), XSDDatatype.XSDinteger))
                .addProperty(p(m, VOID, "sparqlEndpoint"), endpoint)
                .addProperty(p(m, VOID, "dataDump"), m.createResource(server + "/dumps/" + DumpWriter.FILE_NAME))
                .addProperty(p(m, VOID, "uriSpace"), base)
                .addProperty(p(m, VOID, "rootResource"), m.createResource(server + "/"))
                .addProperty(p(m, VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"))
                .addProperty(p(m, VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/JSON-LD"))
                .addProperty(p(m, VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Triples"))
                .addProperty(p(m, VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/RDF_XML"))
                .addProperty(p(m, VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/TriG"));
        VOCABULARIES.forEach(v -> dataset.addProperty(p(m, VOID, "vocabulary"), m.createResource(v)));
        for (Map.Entry<String, Long> e : statistics.classes().entrySet()) {
            dataset.addProperty(p(m, VOID, "classPartition"), m.createResource()
                    .addProperty(p(m, VOID, "class"), m.createResource(e.getKey()))
                    .addLiteral(p(m, VOID, "entities"), m.createTypedLiteral(String.valueOf(e.getValue()), XSDDatatype.XSDinteger)));
        }
        for (String example : statistics.examples()) {
            dataset.addProperty(p(m, VOID, "exampleResource"), m.createResource(example));
        }

        service.addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(p(m, SD, "endpoint"), endpoint)
                .addProperty(p(m, SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(p(m, SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(p(m, SD, "defaultDataset"), dataset);
        for (String format : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML")) {
            service.addProperty(p(m, SD, "resultFormat"), m.createResource("http://www.w3.org/ns/formats/" + format));
        }
        dataset.addProperty(p(m, SD, "defaultGraph"), m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(String.valueOf(triples), XSDDatatype.XSDinteger)));
        return m;
    }

    /**
     * The figures of the description that are read from the whole store: counting every triple
     * took most of a second with 1,000 reports, so they are kept until the store's next commit.
     */
    private record Statistics(long triples, Map<String, Long> classes, List<String> examples) {
    }

    private Statistics statistics() {
        DatasetGraph dsg = site.dataset();
        ReportIndex index = ReportIndex.of(dsg);
        // The store's report index keeps the counts as the store changes; a dataset without one is counted.
        StoreFigures kept = index == null ? null : index.statistics();
        long triples = kept != null ? kept.quads() : Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        List<String> examples = new java.util.ArrayList<>();
        for (Map<String, Node> row : site.sparql().select("""
                SELECT ?x WHERE { { SELECT ?x WHERE { ?x a dl:Report } LIMIT 2 } UNION
                                  { SELECT ?x WHERE { ?x a ?t FILTER(?t IN (dl:Person, dl:Organization, dl:Country, dl:Place)) } LIMIT 2 } }""")) {
            examples.add(Site.str(row, "x"));
        }
        return new Statistics(triples, kept != null ? new java.util.TreeMap<>(kept.classes()) : classCounts(), List.copyOf(examples));
    }

    private Map<String, Long> classCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Map<String, Node> row : site.sparql().select(
                "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c")) {
            counts.put(Site.str(row, "c"), Long.parseLong(Site.str(row, "n")));
        }
        return counts;
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
