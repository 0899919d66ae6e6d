package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whom a threat is aimed at when the act threatened names no one: the one on whom its condition is set. A threat
 * is conditional by nature (CAMEO 13: a threat is an act announced for what another does or fails to do), so
 * "threatened to hold a general strike unless Israel rescinded the annexation" and "would stop the talks if the
 * United States deployed the missiles" threaten Israel and the United States: the subject of the "unless" or "if"
 * clause the act threatened (or a verb it governs) carries.
 */
final class ConditionalThreats {

    private static final List<List<String>> CONDITION_SUBJECT = List.of(List.of("advcl:unless", "nsubj"),
            List.of("advcl:if", "nsubj"));
    /** How far below the threat the act and its condition may hang: "threatened to stop negotiations to reduce ... if". */
    private static final int DEPTH = 2;

    private ConditionalThreats() {
    }

    /** The subject of the condition set on the threat at {@code p} or the act it governs; empty when none is named. */
    static List<EventArguments.Argument> target(int p, DependencyIndex parse, EventArguments args, Set<String> exclude) {
        List<Integer> level = List.of(p);
        for (int depth = 0; depth <= DEPTH && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                EventArguments.Found found = args.resolve(node, CONDITION_SUBJECT, exclude, false);
                if (!found.isEmpty()) {
                    return found.arguments();
                }
                parse.dependents(node).stream().filter(d -> d.relation().equals("xcomp") && d.dependent() > node)
                        .forEach(d -> next.add(d.dependent()));
            }
            level = next;
        }
        return List.of();
    }
}
