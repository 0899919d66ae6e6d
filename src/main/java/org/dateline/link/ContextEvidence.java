package org.dateline.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a report's other names say: the items they name without doubt, and the countries of those
 * items. "Niamey" in a report puts Niger (Q1032) among its countries, which supports the country
 * reading of "Niger". A report's names are resolved once ({@link Resolved}), then each mention
 * takes its view without its own name, which is no evidence for itself.
 */
final class ContextEvidence {

    /** A report's names resolved against the gazetteer: each name's key and its one clear item, or null. */
    static final class Resolved {
        final ReportContext context;
        final List<String> keys = new ArrayList<>();
        final List<GazetteerEntry> items = new ArrayList<>();

        Resolved(ReportContext context, Gazetteer gazetteer) {
            this.context = context;
            for (String name : context.names()) {
                add(name, gazetteer);
            }
            if (context.datelinePlace() != null) {
                add(context.datelinePlace(), gazetteer);
            }
        }

        private void add(String name, Gazetteer gazetteer) {
            String key = NameKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            boolean caps = NameKey.isAcronym(name);
            List<Gazetteer.Hit> hits = gazetteer.lookup(key).stream().filter(h -> caps || !h.acronymOnly()).toList();
            // A name that is a country's name is the country, even where a town shares it ("Mali").
            List<Gazetteer.Hit> countryHits = hits.stream().filter(h -> h.entry().type() == EntityType.COUNTRY
                    && h.kind() != Gazetteer.MatchKind.DEMONYM).toList();
            if (countryHits.size() == 1) {
                hits = countryHits;
            }
            keys.add(key);
            items.add(hits.size() == 1 ? hits.get(0).entry() : null);
        }
    }

    private final Set<String> items = new HashSet<>();
    private final Set<String> countries = new HashSet<>();
    private final Set<String> keys = new HashSet<>();

    /** @param ownKey the key of the mention being linked: a name is no evidence for itself */
    ContextEvidence(Resolved resolved, String ownKey) {
        for (int i = 0; i < resolved.keys.size(); i++) {
            String key = resolved.keys.get(i);
            if (key.equals(ownKey)) {
                continue;
            }
            keys.add(key);
            GazetteerEntry entry = resolved.items.get(i);
            if (entry != null) {
                items.add(entry.qid());
                if (entry.type() == EntityType.COUNTRY) {
                    countries.add(entry.qid());
                } else if (entry.countryQid() != null) {
                    countries.add(entry.countryQid());
                }
            }
        }
    }

    /** True when the report names the item, or names something in the item's country or the country itself. */
    boolean supports(GazetteerEntry entry) {
        return items.contains(entry.qid()) || countries.contains(entry.qid())
                || entry.countryQid() != null && countries.contains(entry.countryQid());
    }

    /** True when the report is about more than one country: capitals then usually stand for governments. */
    boolean international() {
        return countries.size() >= 2;
    }

    /** True when one of the report's names is one of these cues. */
    boolean containsAny(Set<String> cues) {
        for (String cue : cues) {
            if (keys.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
