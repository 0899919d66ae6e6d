package org.dateline.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the pages compute from the whole store (counts per country, the home page's figures, the
 * VoID statistics), kept until the store changes. Each value is tagged with the store's data
 * version, which TDB2 advances on every write commit (a report posted, a watched file ingested),
 * so a value computed before a commit is never served after it: pages never show stale data.
 *
 * <p>A value is computed in one read transaction, whose snapshot's version tags it: the value
 * is exactly as of that version (its queries see one state of the store, not parts of several).
 * A dataset that is not TDB2 has no version, and nothing is kept for it.
 */
final class StoreCache {

    /** Distinct values kept (one per listing page and sort, a few for the home page and VoID). */
    static final int CAPACITY = 512;

    /** A data version: the write commits of one database (a compacted store is another one, counted anew). */
    private record Version(DatasetGraphTDB database, long commits) {
    }

    private record Entry(Version version, Object value) {
    }

    private final DatasetGraph dataset;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    StoreCache(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The value for {@code key} as of the store's current version, computed by {@code compute}
     * when none is kept for that version. Keys must name everything the value depends on besides
     * the store (the listing, its sort and page).
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        if (!TDBInternal.isTDB2(dataset)) {
            return compute.get();
        }
        // The queries compute runs join this transaction (Txn nests), so they read the snapshot whose version is taken.
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB database = TDBInternal.getDatasetGraphTDB(dataset);
            Version version = new Version(database, database.getTxnSystem().getThreadTransaction().getDataVersion());
            synchronized (entries) {
                Entry kept = entries.get(key);
                if (kept != null && kept.version().equals(version)) {
                    return (T) kept.value();
                }
            }
            T value = compute.get();
            synchronized (entries) {
                Entry kept = entries.get(key);
                // Two requests computing at once across a commit: the newer value stays.
                if (kept == null || kept.version().database() != database || kept.version().commits() <= version.commits()) {
                    entries.put(key, new Entry(version, value));
                }
            }
            return value;
        });
    }
}
