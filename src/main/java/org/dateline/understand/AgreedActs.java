package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whom an agreement to act concerns when no one is named as its partner. PLOVER codes an AGREE whose
 * recipient is not a party to the agreement by the party the agreed act is done to, for or in: "agreed to set
 * up a research centre in Tokyo" (Japan), "agreed to an extension of the mandate for the force in Lebanon"
 * (Lebanon), "agreed to re-open its borders to UN peacekeepers" (the UN). That party stands inside the phrase
 * of what is agreed (the object of the agreed act, or the noun agreed to), often behind a chain of nominal
 * modifiers and a locating one ("in Tokyo") the ordinary reading of an argument's phrase does not follow
 * (there a place is where the event happened, not whom it concerns). Only the modifiers of nouns are
 * followed, so a purpose clause or a second act is not read into the agreement.
 */
final class AgreedActs {

    /** How the agreement verb hangs what is agreed: the noun agreed to, or the act agreed to do. */
    private static final Set<String> AGREED = Set.of("obl:to", "obj", "xcomp");
    /** Where the agreed act names what it is done to or where: its object and its prepositional phrases. */
    private static final Set<String> OF_THE_ACT = Set.of("obj", "obl:to", "obl:for", "obl:in", "obl:on", "obl:with");
    /** How deep in the nominal phrase (one noun per step) the party may stand. */
    private static final int DEPTH = 4;

    private AgreedActs() {
    }

    /** The parties the agreed thing's phrase names, nearest first (those at the nearest depth that has any). */
    static List<EventArguments.Argument> concerned(int p, DependencyIndex parse, EventArguments args, Set<String> exclude) {
        List<Integer> level = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if (!AGREED.contains(d.relation())) {
                continue;
            }
            if (d.relation().equals("xcomp")) {
                parse.dependents(d.dependent()).stream().filter(a -> OF_THE_ACT.contains(a.relation()))
                        .forEach(a -> level.add(a.dependent()));
            } else {
                level.add(d.dependent());
            }
        }
        Set<Integer> seen = new HashSet<>(level);
        List<Integer> current = level;
        for (int depth = 0; depth < DEPTH && !current.isEmpty(); depth++) {
            List<EventArguments.Argument> found = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            for (int node : current) {
                if (depth > 0) {
                    found.addAll(args.entitiesIn(node, exclude, true));
                }
                parse.dependents(node).stream().filter(d -> d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss")
                        && !d.relation().equals("nmod:tmod")).map(AnnotatedText.Dependency::dependent)
                        .filter(seen::add).forEach(next::add);
            }
            if (!found.isEmpty()) {
                return found.stream().distinct().limit(4).toList();
            }
            current = next;
        }
        return List.of();
    }
}
