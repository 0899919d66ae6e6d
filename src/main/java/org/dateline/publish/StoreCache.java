package org.dateline.publish;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dateline.store.ReportIndex;

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

    /**
     * A data version: the write commits of one database (a compacted store is another one, counted
     * anew), and the updates of its report index, which follow each commit a moment later: a value
     * computed between the two is computed again once the index has caught up.
     */
    private record Version(DatasetGraphTDB database, long commits, long indexUpdates) {

        boolean newerOrSame(Version other) {
            return commits > other.commits || commits == other.commits && indexUpdates >= other.indexUpdates;
        }
    }

    private record Entry(Version version, Object value) {
    }

    /** A value being computed for a version: others asking for it then wait for it instead of computing it again. */
    private record Flight(Version version, CompletableFuture<Object> value) {
    }

    private final DatasetGraph dataset;
    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Guarded by {@link #entries}. */
    private final Map<Object, Flight> flights = new HashMap<>();

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
            ReportIndex index = ReportIndex.of(dataset);
            Version version = new Version(database, database.getTxnSystem().getThreadTransaction().getDataVersion(),
                    index == null ? 0 : index.generation());
            Flight flight;
            CompletableFuture<Object> shared = null;
            synchronized (entries) {
                Entry kept = entries.get(key);
                if (kept != null && kept.version().equals(version)) {
                    return (T) kept.value();
                }
                Flight running = flights.get(key);
                if (running != null && running.version().equals(version)) {
                    flight = null;
                } else {
                    running = new Flight(version, new CompletableFuture<>());
                    flights.put(key, running);
                    flight = running;
                }
                if (flight == null) {
                    shared = running.value();
                }
            }
            if (shared != null) {
                // Many readers at once after a commit (a busy home page) share one computation, awaited unlocked.
                return (T) await(shared);
            }
            T value;
            try {
                value = compute.get();
                flight.value().complete(value);
            } catch (RuntimeException | Error e) {
                flight.value().completeExceptionally(e);
                throw e;
            } finally {
                synchronized (entries) {
                    flights.remove(key, flight);
                }
            }
            synchronized (entries) {
                Entry kept = entries.get(key);
                // Two requests computing at once across a commit: the newer value stays.
                if (kept == null || kept.version().database() != database || version.newerOrSame(kept.version())) {
                    entries.put(key, new Entry(version, value));
                }
            }
            return value;
        });
    }

    private static Object await(CompletableFuture<Object> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
