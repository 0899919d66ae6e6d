package org.dateline.understand;

/**
 * A stretch of the body that refers to an entity.
 *
 * @param begin  offset of its first character in the body, in Unicode code points
 * @param end    offset just past its last character, in code points
 * @param text   the body text between the offsets
 * @param entity the key of the {@link Entity} it refers to
 * @param named  true when it names the entity ("Zeine", "Nigerien", "Washington" for the U.S.
 *               government), false for a pronoun or a description ("he", "the prime minister")
 */
public record Mention(int begin, int end, String text, String entity, boolean named) {

    /** A mention that names its entity. */
    public Mention(int begin, int end, String text, String entity) {
        this(begin, end, text, entity, true);
    }
}
