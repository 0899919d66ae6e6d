package org.dateline.map;

import org.dateline.understand.Entity;

/**
 * The IRI an entity gets. For now a readable slug of its preferred name ({@code entity/ali-mahaman-lamine-zeine});
 * the link stage (Wikidata) will substitute {@code entity/Q…} here for entities it links.
 */
public class EntityIris {

    private final IriScheme iris;

    public EntityIris(IriScheme iris) {
        this.iris = iris;
    }

    public String iri(Entity entity) {
        return iris.entity(entity.name());
    }
}
