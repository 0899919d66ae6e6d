package org.dateline.map;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.dateline.link.Link;
import org.dateline.link.ReportLinks;
import org.dateline.understand.Entity;
import org.dateline.understand.EntityType;
import org.dateline.understand.Mention;
import org.dateline.understand.Understanding;

/**
 * The entity and mention rows: each entity described in the entities model (by
 * {@link EntityDescriber}: its Wikidata item when the link stage linked it, else a slug of its
 * name; in the report's graph, skos:altLabel for the other names the report uses) and linked from the report by schema:mentions; each
 * mention a nif:Phrase anchored in the body, pointing at its entity and class.
 */
final class MentionMapper {

    private final IriScheme iris;
    private final EntityDescriber describer;

    MentionMapper(IriScheme iris, EntityDescriber describer) {
        this.iris = iris;
        this.describer = describer;
    }

    void map(Understanding understanding, ReportLinks links, ReportContext context) {
        Map<String, Resource> classByKey = new HashMap<>();
        for (Entity entity : understanding.entities()) {
            Resource referenced = describer.describe(context.graph(), context.entities(), entity.name(),
                    type(entity.type()), links.entity(entity.key()), links.knownName(entity.key()));
            String label = context.entities().getResource(referenced.getURI()).getProperty(RDFS.label).getString();
            entity.variants().forEach(variant -> EntityDescriber.nameUsed(referenced, variant, label));
            context.report().addProperty(Vocab.MENTIONS, referenced);
            context.entityByKey().put(entity.key(), referenced);
            classByKey.put(entity.key(), classOf(entity, links.entity(entity.key())));
        }
        for (Mention mention : understanding.mentions()) {
            Resource entity = context.entityByKey().get(mention.entity());
            context.phrase(iris, mention.begin(), mention.end(), mention.text())
                    .addProperty(Vocab.TA_IDENT_REF, entity)
                    .addProperty(Vocab.TA_CLASS_REF, classByKey.get(mention.entity()));
        }
    }

    /**
     * The class the entity was described with: a linked entity takes its item's type, an unlinked one
     * the type the understand stage gave it. Not read back from the description, which holds two
     * types when two names of different kinds share a slug.
     */
    private static Resource classOf(Entity entity, Link link) {
        return link != null ? Vocab.classOf(link.type()) : type(entity.type());
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
