package org.dateline.link;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Users' own items in Turtle, written the way Dateline writes entities: a Wikidata item IRI typed
 * with a Dateline class, one rdfs:label, any skos:altLabel.
 * <pre>
 * PREFIX dl: &lt;https://w3id.org/dateline/ns#&gt;
 * wd:Q900000005 a dl:Organization ; rdfs:label "Sahel Dispatch" ; skos:altLabel "The Dispatch" .
 * </pre>
 */
final class GazetteerTurtle {

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String DL = "https://w3id.org/dateline/ns#";
    private static final String SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    private static final Map<String, EntityType> CLASSES = Map.of(DL + "Country", EntityType.COUNTRY,
            DL + "Place", EntityType.PLACE, DL + "Organization", EntityType.ORGANIZATION, DL + "Person", EntityType.PERSON);

    private GazetteerTurtle() {
    }

    static List<GazetteerEntry> read(Path file) {
        Model model = RDFDataMgr.loadModel(file.toString());
        List<GazetteerEntry> entries = new ArrayList<>();
        model.listSubjects().forEachRemaining(item -> {
            if (!item.isURIResource() || !item.getURI().startsWith(WD)) {
                return;
            }
            EntityType type = typeOf(item);
            Statement label = item.getProperty(RDFS.label);
            if (type == null || label == null) {
                throw new IllegalArgumentException(file + ": " + item.getURI()
                        + " needs a Dateline class (dl:Country, dl:Place, dl:Organization, dl:Person) and an rdfs:label");
            }
            List<String> aliases = new ArrayList<>();
            item.listProperties(model.createProperty(SKOS_ALT_LABEL))
                    .forEachRemaining(s -> aliases.add(s.getString()));
            entries.add(new GazetteerEntry(item.getURI().substring(WD.length()), type, label.getString(), aliases,
                    List.of(), null, 0, List.of()));
        });
        return entries;
    }

    private static EntityType typeOf(Resource item) {
        for (Statement s : item.listProperties(RDF.type).toList()) {
            RDFNode cls = s.getObject();
            if (cls.isURIResource() && CLASSES.containsKey(cls.asResource().getURI())) {
                return CLASSES.get(cls.asResource().getURI());
            }
        }
        return null;
    }
}
