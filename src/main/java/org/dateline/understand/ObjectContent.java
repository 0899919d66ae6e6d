package org.dateline.understand;

import java.util.Optional;
import java.util.Set;

/**
 * "Will support a resolution that aims to tighten sanctions", "vetoed a resolution censuring the sweep": what a
 * relative or participial clause of an event's object says is that object's content (the resolution's aim),
 * not a new event by the object's author. PLOVER codes the support and the veto only.
 */
final class ObjectContent {

    /** How many clause steps (control, coordination) above the predicate the relative clause may stand. */
    private static final int STEPS = 3;

    private ObjectContent() {
    }

    /** Whether the predicate is told in a clause that describes the object of an event already found. */
    static boolean isContentOfObject(int p, DependencyIndex parse, Set<Integer> predicates) {
        int node = p;
        for (int i = 0; i <= STEPS; i++) {
            Optional<AnnotatedText.Dependency> head = parse.governors(node).stream()
                    .filter(d -> d.relation().equals("acl:relcl") || d.relation().equals("acl") || d.relation().equals("xcomp")
                            || d.relation().startsWith("conj")).findFirst();
            if (head.isEmpty()) {
                return false;
            }
            if (head.get().relation().startsWith("acl")) {
                int noun = head.get().governor();
                return parse.governors(noun).stream().anyMatch(g -> (g.relation().equals("obj") || g.relation().equals("nsubj:pass"))
                        && predicates.contains(g.governor()));
            }
            node = head.get().governor();
        }
        return false;
    }
}
