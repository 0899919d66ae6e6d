package org.dateline.understand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/** The dependency parse of a text, indexed by governor and by dependent, with the walks the event rules take. */
final class DependencyIndex {

    private final Map<Integer, List<AnnotatedText.Dependency>> byGovernor = new HashMap<>();
    private final Map<Integer, List<AnnotatedText.Dependency>> byDependent = new HashMap<>();

    DependencyIndex(List<AnnotatedText.Dependency> dependencies) {
        for (AnnotatedText.Dependency d : dependencies) {
            byGovernor.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
            byDependent.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
        }
    }

    List<AnnotatedText.Dependency> dependents(int token) {
        return byGovernor.getOrDefault(token, List.of());
    }

    List<AnnotatedText.Dependency> governors(int token) {
        return byDependent.getOrDefault(token, List.of());
    }

    /**
     * Whether {@code governor} governs {@code token} within two steps up its first head, not through a conjunct, a
     * relative's referent or the root: how a predicate reaches the noun of a proposal or an act the parser hangs a
     * little off it ("rejected proposed Israeli changes", "demanded an admission by Moscow").
     */
    boolean governsWithinTwo(int governor, int token) {
        int node = token;
        for (int i = 0; i < 2; i++) {
            List<AnnotatedText.Dependency> heads = governors(node).stream()
                    .filter(d -> !d.relation().equals("root") && !d.relation().startsWith("conj") && !d.relation().equals("ref")
                            && d.governor() >= 0).toList();
            if (heads.isEmpty()) {
                return false;
            }
            node = heads.get(0).governor();
            if (node == governor) {
                return true;
            }
        }
        return false;
    }

    /** Tokens above this one, nearest first, up to {@code steps} levels (the first governor of each). */
    List<Integer> ancestors(int token, int steps) {
        List<Integer> found = new ArrayList<>();
        int node = token;
        for (int i = 0; i < steps; i++) {
            List<AnnotatedText.Dependency> heads = governors(node).stream()
                    .filter(d -> !d.relation().equals("root") && !d.relation().startsWith("conj")
                            && !d.relation().equals("ref") && !d.relation().startsWith("nsubj")).toList();
            if (heads.isEmpty() || found.contains(heads.get(0).governor())) {
                break;
            }
            node = heads.get(0).governor();
            found.add(node);
        }
        return found;
    }

    /**
     * The verb a conjoined verb shares its clause with ("police fired tear gas and detained protesters",
     * "will impose tariffs and expel diplomats"): the head of its "and"/"or" conjunction, when it has no
     * subject other than that verb's. -1 when it has one of its own or is no conjunct.
     */
    int sharedConjunct(int token) {
        for (AnnotatedText.Dependency head : governors(token)) {
            if (head.relation().equals("conj:and") || head.relation().equals("conj:or")) {
                Set<Integer> shared = new HashSet<>();
                dependents(head.governor()).stream().filter(d -> d.relation().startsWith("nsubj")).forEach(d -> shared.add(d.dependent()));
                boolean own = dependents(token).stream().anyMatch(d -> d.relation().startsWith("nsubj") && !shared.contains(d.dependent()));
                return own ? -1 : head.governor();
            }
        }
        return -1;
    }

    /**
     * The reported clause that a verb the parser joins to a verb of speech goes on telling, or -1: in "the governor
     * said flood waters broke through a dam, washed down a valley and damaged several villages" the parser hangs
     * "washed" and "damaged" on "said" (and gives them its subject), where they continue "broke", the clause
     * reported between them. Only a reported clause standing between the speech verb and the verb counts.
     */
    int continuedReport(int token, IntPredicate speechVerb) {
        for (AnnotatedText.Dependency head : governors(token)) {
            if (head.relation().startsWith("conj") && head.governor() < token && speechVerb.test(head.governor())) {
                for (AnnotatedText.Dependency d : dependents(head.governor())) {
                    if (d.relation().equals("ccomp") && d.dependent() > head.governor() && d.dependent() < token) {
                        return d.dependent();
                    }
                }
            }
        }
        return -1;
    }

    List<Integer> controllers(int token) {
        List<Integer> found = new ArrayList<>();
        int node = token;
        for (int i = 0; i < 3; i++) {
            Optional<AnnotatedText.Dependency> head = governors(node).stream()
                    .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("conj")).findFirst();
            if (head.isEmpty() || found.contains(head.get().governor())) {
                break;
            }
            node = head.get().governor();
            found.add(node);
        }
        return found;
    }

    /**
     * As {@link #near}, but not through "since": "Since seizing power in July 2023, the junta has
     * expelled ..." dates the start of a period, not the expulsion.
     */
    List<Integer> nearExceptSince(int token, int depth) {
        return near(token, depth, true);
    }

    /** The token and what it governs through obliques, modifiers and compounds, up to {@code depth} levels. */
    List<Integer> near(int token, int depth) {
        return near(token, depth, false);
    }

    private List<Integer> near(int token, int depth, boolean exceptSince) {
        List<Integer> found = new ArrayList<>();
        List<Integer> level = List.of(token);
        for (int i = 0; i <= depth && !level.isEmpty(); i++) {
            found.addAll(level);
            List<Integer> next = new ArrayList<>();
            for (int node : level) {
                dependents(node).stream().filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod")
                        || d.relation().startsWith("advmod") || d.relation().startsWith("compound")
                        || d.relation().startsWith("amod") || d.relation().startsWith("nummod"))
                        .filter(d -> !exceptSince || !d.relation().endsWith(":since"))
                        .map(AnnotatedText.Dependency::dependent).filter(n -> !found.contains(n)).forEach(next::add);
            }
            level = next;
        }
        return found;
    }
}
