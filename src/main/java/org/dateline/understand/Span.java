package org.dateline.understand;

/**
 * A stretch of the text the rules have recognised as referring to an entity, while they work.
 * Offsets are UTF-16 indices into the annotated text.
 */
final class Span {

    /** How the stretch refers to its entity; only names count as the entity's names. */
    enum Kind {
        NAME, DEMONYM, METONYM, DESCRIPTION, PRONOUN
    }

    final int begin;
    final int end;
    final String text;
    final Kind kind;
    EntityType type;
    /** The name of the entity as this span gives it: the preferred name for demonyms and metonyms. */
    String name;
    /** The entity it refers to, once grouped. */
    String key;

    Span(int begin, int end, String text, Kind kind, EntityType type, String name) {
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.kind = kind;
        this.type = type;
        this.name = name;
    }

    static String key(EntityType type, String name) {
        return type + ":" + name;
    }

    boolean within(int from, int to) {
        return begin >= from && end <= to;
    }

    @Override
    public String toString() {
        return kind + " " + type + " '" + text + "' [" + begin + "," + end + ") -> " + key;
    }
}
