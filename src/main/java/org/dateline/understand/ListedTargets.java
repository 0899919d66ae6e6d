package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rest of a list of those met or received that the parser does not join to its first item. Reports of
 * audiences list the guests at length, and two shapes of such lists defeat the parser's coordination:
 * <ul>
 * <li>items separated by semicolons, because each has commas of its own ("met with President Hichilema of
 * Zambia; Nana Akufo-Addo, President of Ghana; and Filipe Nyusi, President of Mozambique"): the items after
 * the first hang on the verb as a parataxis;</li>
 * <li>titled names in a row ("received Japan's Ambassador Morino Yasunari, Russia's Ambassador Vladimir
 * Zheltov, and ..."): the later items hang on the first as appositions, which would otherwise be the same
 * person again.</li>
 * </ul>
 * Each further item is a target of the same meeting. Only people count as further items from an apposition
 * ("met Ruto, the president of Kenya" names Ruto once, not Kenya).
 */
final class ListedTargets {

    private static final Set<String> TARGET_RELATIONS = Set.of("obj", "obl:with", "obl:to");

    private ListedTargets() {
    }

    /** The further items of the list whose first item is a target of the predicate, not already among the found. */
    static List<EventArguments.Argument> more(int p, Reading reading, DependencyIndex parse, EventArguments args,
            Set<String> exclude) {
        List<EventArguments.Argument> found = new ArrayList<>();
        for (AnnotatedText.Dependency d : parse.dependents(p)) {
            if (d.relation().equals("parataxis") && reading.token(d.dependent()).tag().startsWith("NN")
                    && semicolonBetween(p, d.dependent(), reading)
                    && parse.dependents(d.dependent()).stream().noneMatch(c -> c.relation().startsWith("nsubj"))) {
                found.addAll(args.entitiesIn(d.dependent(), exclude));
            }
            if (TARGET_RELATIONS.contains(d.relation())) {
                List<EventArguments.Argument> first = args.entitiesIn(d.dependent(), exclude);
                for (AnnotatedText.Dependency a : parse.dependents(d.dependent())) {
                    if (a.relation().equals("appos") || a.relation().equals("conj:and")) {
                        personsIn(a.dependent(), reading, parse, 0).stream()
                                .filter(key -> !exclude.contains(key) && first.stream().noneMatch(e -> e.key().equals(key)))
                                .forEach(key -> found.add(new EventArguments.Argument(key, null)));
                    }
                }
            }
        }
        return found.stream().distinct().toList();
    }

    /** The people a list item names: "Russia's Ambassador to Kuwait Vladimir Zheltov" names Zheltov. */
    private static List<String> personsIn(int token, Reading reading, DependencyIndex parse, int depth) {
        List<String> found = new ArrayList<>();
        reading.spanCovering(token).filter(s -> s.type == EntityType.PERSON).ifPresent(s -> found.add(s.key));
        if (depth < 3) {
            parse.dependents(token).stream().filter(c -> !c.relation().equals("appos") && !c.relation().startsWith("conj"))
                    .forEach(c -> found.addAll(personsIn(c.dependent(), reading, parse, depth + 1)));
        }
        return found;
    }

    private static boolean semicolonBetween(int from, int to, Reading reading) {
        for (int t = Math.min(from, to) + 1; t < Math.max(from, to); t++) {
            if (reading.token(t).text().equals(";")) {
                return true;
            }
        }
        return false;
    }
}
