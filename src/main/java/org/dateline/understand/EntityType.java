package org.dateline.understand;

/** The kinds of entity the contract knows (DESIGN.md section 2, entity row). */
public enum EntityType {
    PERSON, ORGANIZATION, COUNTRY, PLACE
}
