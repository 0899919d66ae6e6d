package org.dateline.validate;

import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Adds {@link PlannedShapeQueries} to ARQ's query engines while Jena initialises (found through
 * META-INF/services, as Jena's own modules are), before any thread can be running a query: the
 * registry is a plain list, not to be changed while a server reads it.
 */
public final class PlannedShapeQueriesInit implements JenaSubsystemLifecycle {

    @Override
    public void start() {
        PlannedShapeQueries.install();
    }

    @Override
    public void stop() {
    }

    /** After ARQ (30) and TDB2 (42): their registries exist, and this engine comes before theirs. */
    @Override
    public int level() {
        return 500;
    }
}
