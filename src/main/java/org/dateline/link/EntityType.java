package org.dateline.link;

/** The kinds of entity the gazetteer holds; each maps to one class of the contract (dl:Country, ...). */
public enum EntityType {
    COUNTRY, PLACE, ORGANIZATION, PERSON;

    /** Parses the gazetteer's type column ("Country", "Place", ...), ignoring case. */
    public static EntityType parse(String text) {
        for (EntityType type : values()) {
            if (type.name().equalsIgnoreCase(text.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("type must be Country, Place, Organization or Person, not \"" + text + "\"");
    }

    /** The name used in the gazetteer files: "Country", "Place", "Organization", "Person". */
    public String fileName() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
