package org.dateline.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.dateline.map.Vocab;

/**
 * The links into a resource from the rest of the store, which its own description (the triples
 * with it as subject) lacks, in four kinds: the reports that mention an entity, publish it, credit
 * it as agency or are filed from it; the roles held in it; the quotations it said; the events it
 * is the actor, target or place of. Each kind is paged on its own, {@value #PAGE_SIZE} distinct
 * subjects a page, in the store's index order (stable while the store is unchanged), so that the
 * document of a country in thousands of reports stays small and every page costs about the same:
 * a page reads the index only as far as it reaches.
 *
 * <p>Callers hold a read transaction on the dataset.
 */
final class Backlinks {

    static final int PAGE_SIZE = 50;

    /** A kind of link: the properties whose subjects point at the resource, paged together. */
    record Kind(String name, List<Node> properties) {
    }

    static final Kind REPORTS = new Kind("reports", List.of(Vocab.MENTIONS.asNode(), Vocab.PUBLISHER.asNode(),
            Vocab.AGENCY.asNode(), Vocab.DATELINE_PLACE.asNode()));
    static final Kind ROLES = new Kind("roles", List.of(Vocab.ROLE_OF.asNode()));
    static final Kind QUOTATIONS = new Kind("quotations", List.of(Vocab.SPEAKER.asNode()));
    static final Kind EVENTS = new Kind("events", List.of(Vocab.ACTOR.asNode(), Vocab.TARGET.asNode(),
            Vocab.PLACE_OF_EVENT.asNode()));
    static final List<Kind> KINDS = List.of(REPORTS, ROLES, QUOTATIONS, EVENTS);

    private final DatasetGraph dataset;
    private final String base;

    Backlinks(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    /**
     * Adds page {@code page} (from 1) of each kind of link into {@code node}, each triple in the
     * graphs that state it. A subject with no document of its own (a role, {@code report/…#role-1})
     * comes with its description and what points at it (the person who holds the role).
     *
     * @return whether a further page holds more links of some kind
     */
    boolean addPage(Node node, int page, DatasetGraph out) {
        boolean more = false;
        for (Kind kind : KINDS) {
            List<Node> subjects = new ArrayList<>(PAGE_SIZE);
            more |= subjects(kind, node, (page - 1) * PAGE_SIZE, subjects);
            for (Node subject : subjects) {
                for (Node property : kind.properties()) {
                    addNamedQuads(dataset.find(Node.ANY, subject, property, node), out);
                }
                if (hasNoDocument(subject)) {
                    addNamedQuads(dataset.find(Node.ANY, subject, Node.ANY, Node.ANY), out);
                    addNamedQuads(limit(dataset.find(Node.ANY, Node.ANY, Node.ANY, subject)), out);
                }
            }
        }
        return more;
    }

    /**
     * Fills {@code into} with up to a page of the distinct subjects that point at {@code object}
     * by the kind's properties (taken property by property), after skipping {@code skip} of them.
     *
     * @return whether more subjects follow the page
     */
    private boolean subjects(Kind kind, Node object, int skip, List<Node> into) {
        Set<Node> seen = new HashSet<>();
        for (Node property : kind.properties()) {
            for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, property, object); it.hasNext(); ) {
                Quad q = it.next();
                if (!isNamed(q) || !seen.add(q.getSubject()) || seen.size() <= skip) {
                    continue;
                }
                if (into.size() == PAGE_SIZE) {
                    return true;
                }
                into.add(q.getSubject());
            }
        }
        return false;
    }

    private boolean hasNoDocument(Node subject) {
        return subject.isBlank() || (subject.isURI() && subject.getURI().startsWith(base) && subject.getURI().contains("#"));
    }

    private static Iterator<Quad> limit(Iterator<Quad> quads) {
        List<Quad> out = new ArrayList<>();
        while (quads.hasNext() && out.size() < PAGE_SIZE) {
            out.add(quads.next());
        }
        return out.iterator();
    }

    private static void addNamedQuads(Iterator<Quad> quads, DatasetGraph out) {
        quads.forEachRemaining(q -> {
            if (isNamed(q)) {
                out.add(q);
            }
        });
    }

    /** Quads of a report or the entities graph, not of the (empty) default graph or the union view. */
    static boolean isNamed(Quad q) {
        return !Quad.isDefaultGraph(q.getGraph()) && !q.isUnionGraph();
    }
}
