package org.dateline.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Some 800,000 Iraqi Kurds sought refuge in Germany", "the dissidents applied for asylum in Sweden": asylum is asked
 * of the country it is sought in, which the sentence names only as a place ("in Germany"), and PLOVER codes the
 * request with that country as its target. Where a REQUEST finds no target of its own and what is asked is one of
 * the nouns of asylum-nouns.txt (its object, or the object of "for"), the country of its "in" phrase (on the noun or
 * on the verb) is the one asked. A town does not grant asylum: only a country is taken.
 */
final class AsylumCountries {

    private static final Set<String> ASYLUM_NOUNS = ArgumentWords.read("asylum-nouns.txt");
    private static final Set<String> ASKED = Set.of("obj", "obl:for", "nmod:for");
    private static final Set<String> IN = Set.of("obl:in", "nmod:in");

    private AsylumCountries() {
    }

    /** The countries asylum is sought in at this predicate, other than those excluded; empty when it asks no asylum. */
    static List<EventArguments.Argument> of(int p, Reading reading, DependencyIndex parse, EventArguments args, Set<String> exclude) {
        List<Integer> asked = parse.dependents(p).stream().filter(d -> ASKED.contains(d.relation())
                && ASYLUM_NOUNS.contains(reading.token(d.dependent()).lemma().toLowerCase(Locale.ROOT)))
                .map(AnnotatedText.Dependency::dependent).toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        List<Integer> heads = new ArrayList<>(asked);
        heads.add(p);
        List<EventArguments.Argument> found = new ArrayList<>();
        for (int head : heads) {
            parse.dependents(head).stream().filter(d -> IN.contains(d.relation()))
                    .flatMap(d -> args.entitiesIn(d.dependent(), exclude, true).stream())
                    .filter(a -> a.key() != null && a.key().startsWith(EntityType.COUNTRY + ":"))
                    .forEach(found::add);
        }
        return EventArguments.distinct(found);
    }
}
