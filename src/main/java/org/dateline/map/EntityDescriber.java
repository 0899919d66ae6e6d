package org.dateline.map;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.link.Link;

/**
 * Writes an entity the report refers to. A linked entity is named by its Wikidata item
 * ({@code {base}entity/Q1032}): one node per real-world entity across all reports, with the item's
 * label as its only rdfs:label, owl:sameAs the item and dl:linkConfidence (in the entities graph),
 * and the text's name as skos:altLabel when it differs (in the report's graph). An unlinked entity
 * keeps the slug of its name, and one label however many of the report's names share that slug.
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
        return describe(graph, entities, name, type, link, null);
    }

    /**
     * As above; {@code knownName} names the node of an unlinked entity another report already
     * described under a slightly different spelling: that name stays its label, this one an altLabel.
     */
    Resource describe(Model graph, Model entities, String name, Resource type, Link link, String knownName) {
        if (link == null) {
            return unlinked(graph, entities, knownName != null ? knownName : name, type, name);
        }
        String iri = iris.linkedEntity(link.qid());
        Resource entity = entities.createResource(iri, Vocab.classOf(link.type()))
                .addProperty(RDFS.label, link.label())
                .addProperty(Vocab.NAME, link.label())
                .addProperty(OWL.sameAs, entities.createResource(Vocab.WD + link.qid()));
        keepHighestConfidence(entity, link);
        return nameUsed(graph.createResource(iri), name, link.label());
    }

    /**
     * An entity without a Wikidata item, named by the slug of {@code label}. Names that differ only in
     * case or punctuation ("Apple Inc." and "Apple Inc", "Suvarnabhumi Airport" and "Suvarnabhumi
     * airport") have one slug, so one IRI: one entity, whatever the understand stage made of them. It
     * keeps the label of the name described first, and the others are its altLabels, since an entity
     * has exactly one rdfs:label (a second one made the shapes refuse the whole report). Its types
     * add up, as they do across reports: a publisher "BAMAKO" and the dateline's Bamako are one node,
     * an organisation and a place, and each reference keeps the type it needs.
     */
    private Resource unlinked(Model graph, Model entities, String label, Resource type, String name) {
        String iri = iris.entity(label);
        Resource entity = entities.createResource(iri, type);
        Statement first = entity.getProperty(RDFS.label);
        if (first != null) {
            return nameUsed(nameUsed(graph.createResource(iri), label, first.getString()), name, first.getString());
        }
        entity.addProperty(RDFS.label, label).addProperty(Vocab.NAME, label);
        return nameUsed(graph.createResource(iri), name, label);
    }

    /**
     * Records the name a report uses for an entity, when it is not the entity's label, as a
     * skos:altLabel in the report's own graph: the entity's names are then the union of what the
     * stored reports call it, and replacing or deleting a report takes its spellings with it.
     */
    static Resource nameUsed(Resource inReport, String name, String label) {
        if (!name.equals(label)) {
            inReport.addProperty(Vocab.ALT_LABEL, name);
        }
        return inReport;
    }

    /**
     * Two names of one report can link to the same item ("Russia", "Moscow" read as Russia): the
     * entity keeps one confidence, the highest, since dl:linkConfidence is functional.
     */
    private static void keepHighestConfidence(Resource entity, Link link) {
        Statement current = entity.getProperty(Vocab.LINK_CONFIDENCE);
        if (current != null && new BigDecimal(current.getString()).compareTo(link.confidence()) >= 0) {
            return;
        }
        entity.removeAll(Vocab.LINK_CONFIDENCE);
        entity.addLiteral(Vocab.LINK_CONFIDENCE, entity.getModel()
                .createTypedLiteral(link.confidence().toPlainString(), XSDDatatype.XSDdecimal));
    }
}
