package org.dateline.link.build;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.dateline.link.NameKey;

/**
 * The countries of a gazetteer being built, by item, ISO code and name, to resolve what a row says
 * about a country ({@link CountryReference}) to one of them. A row's item comes first; when the
 * gazetteer does not hold it as a country (Natural Earth files Gaza under Q407199, the permissive
 * table Palestine under Q219060; it leaves Pristina's country empty), the row's ISO code, then its
 * country name, decide. A code or name shared by two countries decides nothing.
 */
final class CountryIndex {

    private final Set<String> qids = new HashSet<>();
    private final Map<String, String> byIso2 = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    void add(String qid, String iso2, Iterable<String> names) {
        qids.add(qid);
        if (iso2 != null && !iso2.isBlank()) {
            put(byIso2, "iso2 " + iso2.strip(), iso2.strip(), qid);
        }
        for (String name : names) {
            String key = NameKey.of(name);
            if (!key.isEmpty()) {
                put(byName, "name " + key, key, qid);
            }
        }
    }

    private void put(Map<String, String> index, String tag, String key, String qid) {
        String old = index.putIfAbsent(key, qid);
        if (old != null && !old.equals(qid)) {
            ambiguous.add(tag);
        }
    }

    /** True when some country already answers to this name. */
    boolean hasName(String name) {
        return byName.containsKey(NameKey.of(name));
    }

    /** The country the reference names, or null when none does without doubt. */
    String resolve(CountryReference ref) {
        if (qids.contains(ref.qid())) {
            return ref.qid();
        }
        if (!ref.iso2().isEmpty() && byIso2.containsKey(ref.iso2()) && !ambiguous.contains("iso2 " + ref.iso2())) {
            return byIso2.get(ref.iso2());
        }
        String key = NameKey.of(ref.name());
        if (!key.isEmpty() && byName.containsKey(key) && !ambiguous.contains("name " + key)) {
            return byName.get(key);
        }
        return null;
    }
}
