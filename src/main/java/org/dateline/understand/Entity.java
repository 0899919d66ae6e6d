package org.dateline.understand;

import java.util.List;

/**
 * One real-world thing a report refers to.
 *
 * @param key      identifies the entity within one {@link Understanding}
 * @param type     its kind
 * @param name     the preferred name
 * @param variants other names the report uses for it (not pronouns, descriptions or metonyms)
 */
public record Entity(String key, EntityType type, String name, List<String> variants) {

    public Entity {
        variants = List.copyOf(variants);
    }
}
