package org.dateline.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.link.Link;

/**
 * Writes an entity the report refers to. A linked entity is named by its Wikidata item
 * ({@code {base}entity/Q1032}): one node per real-world entity across all reports, with the item's
 * label as its only rdfs:label, the text's name as skos:altLabel when it differs, owl:sameAs the
 * item and dl:linkConfidence. An unlinked entity keeps the slug of its name.
 */
final class EntityDescriber {

    private final IriScheme iris;

    EntityDescriber(IriScheme iris) {
        this.iris = iris;
    }

    /**
     * Adds the entity's description to {@code entities} and returns the reference to it in {@code graph}.
     *
     * @param type the class for an unlinked entity; a linked one takes its item's type
     * @param link the name's Wikidata item, or null
     */
    Resource describe(Model graph, Model entities, String name, Resource type, Link link) {
        if (link == null) {
            String iri = iris.entity(name);
            entities.createResource(iri, type)
                    .addProperty(RDFS.label, name)
                    .addProperty(Vocab.NAME, name);
            return graph.createResource(iri);
        }
        String iri = iris.linkedEntity(link.qid());
        Resource entity = entities.createResource(iri, Vocab.classOf(link.type()))
                .addProperty(RDFS.label, link.label())
                .addProperty(Vocab.NAME, link.label())
                .addProperty(OWL.sameAs, entities.createResource(Vocab.WD + link.qid()))
                .addLiteral(Vocab.LINK_CONFIDENCE,
                        entities.createTypedLiteral(link.confidence().toPlainString(), XSDDatatype.XSDdecimal));
        if (!name.equals(link.label())) {
            entity.addProperty(Vocab.ALT_LABEL, name);
        }
        return graph.createResource(iri);
    }
}
