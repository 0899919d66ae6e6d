package org.dateline.understand;

/**
 * A stretch of the body that refers to an entity.
 *
 * @param begin  offset of its first character in the body, in Unicode code points
 * @param end    offset just past its last character, in code points
 * @param text   the body text between the offsets
 * @param entity the key of the {@link Entity} it refers to
 */
public record Mention(int begin, int end, String text, String entity) {
}
