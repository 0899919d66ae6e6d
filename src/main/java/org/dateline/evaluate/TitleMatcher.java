package org.dateline.evaluate;

import java.util.LinkedHashSet;
import java.util.Set;

import org.dateline.link.Gazetteer;
import org.dateline.link.NameKey;

/**
 * The gazetteer items a corpus's Wikipedia or DBpedia title names: those whose label or alias is the
 * title, with or without its qualifier ("Georgia (country)"). An empty answer means the gazetteer does
 * not hold the item, so no link to it can be expected.
 */
final class TitleMatcher {

    private final Gazetteer gazetteer;

    TitleMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Set<String> items(String title) {
        Set<String> items = new LinkedHashSet<>();
        if (title.matches("Q[1-9][0-9]*")) {
            return gazetteer.byQid(title).isPresent() ? Set.of(title) : Set.of();
        }
        for (String name : new String[] {title, Titles.withoutQualifier(title)}) {
            for (Gazetteer.Hit hit : gazetteer.lookup(NameKey.of(name))) {
                if (hit.kind() != Gazetteer.MatchKind.DEMONYM) {
                    items.add(hit.entry().qid());
                }
            }
        }
        return items;
    }
}
