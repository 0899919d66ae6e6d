package org.dateline.spark;

import java.io.Serializable;

/**
 * One line of an entity description, split where the merge needs it.
 *
 * @param subject   the entity, in N-Triples form
 * @param predicate in N-Triples form
 * @param object    in N-Triples form
 * @param line      the whole N-Quads line
 */
record EntityQuad(String subject, String predicate, String object, String line) implements Serializable {

    /**
     * Splits an N-Quads line of the entities graph {@code graph}: subject and predicate are IRIs
     * (no spaces), the object is what lies between them and the graph.
     */
    static EntityQuad parse(String line, String graph) {
        int first = line.indexOf(' ');
        int second = line.indexOf(' ', first + 1);
        String tail = " <" + graph + "> .";
        if (first < 0 || second < 0 || !line.endsWith(tail)) {
            throw new IllegalArgumentException("not a quad of " + graph + ": " + line);
        }
        return new EntityQuad(line.substring(0, first), line.substring(first + 1, second),
                line.substring(second + 1, line.length() - tail.length()), line);
    }
}
