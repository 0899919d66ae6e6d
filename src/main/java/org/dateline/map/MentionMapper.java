package org.dateline.map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.understand.Entity;
import org.dateline.understand.EntityType;
import org.dateline.understand.Mention;
import org.dateline.understand.Understanding;

/**
 * The entity and mention rows: each entity described in the entities model (type, one rdfs:label,
 * schema:name, skos:altLabel for the other names seen) and linked from the report by
 * schema:mentions; each mention a nif:Phrase anchored in the body, pointing at its entity and class.
 */
final class MentionMapper {

    private final IriScheme iris;
    private final EntityIris entityIris;

    MentionMapper(IriScheme iris, EntityIris entityIris) {
        this.iris = iris;
        this.entityIris = entityIris;
    }

    void map(Understanding understanding, ReportContext context) {
        for (Entity entity : understanding.entities()) {
            String iri = entityIris.iri(entity);
            Resource described = context.entities().createResource(iri, type(entity.type()))
                    .addProperty(RDFS.label, entity.name())
                    .addProperty(Vocab.NAME, entity.name());
            entity.variants().forEach(variant -> described.addProperty(Vocab.ALT_LABEL, variant));
            Resource referenced = context.graph().createResource(iri);
            context.report().addProperty(Vocab.MENTIONS, referenced);
            context.entityByKey().put(entity.key(), referenced);
        }
        for (Mention mention : understanding.mentions()) {
            Entity entity = understanding.entity(mention.entity()).orElseThrow();
            context.phrase(iris, mention.begin(), mention.end(), mention.text())
                    .addProperty(Vocab.TA_IDENT_REF, context.entityByKey().get(entity.key()))
                    .addProperty(Vocab.TA_CLASS_REF, type(entity.type()));
        }
    }

    static Resource type(EntityType type) {
        return switch (type) {
            case PERSON -> Vocab.PERSON;
            case ORGANIZATION -> Vocab.ORGANIZATION;
            case COUNTRY -> Vocab.COUNTRY;
            case PLACE -> Vocab.PLACE;
        };
    }
}
