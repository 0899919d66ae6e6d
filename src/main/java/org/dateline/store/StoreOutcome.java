package org.dateline.store;

/** What storing a report did to the store. */
public enum StoreOutcome {
    /** A new report graph was written. */
    ADDED,
    /** The same text is already stored: nothing changed. */
    UNCHANGED,
    /** The report replaced an earlier version from the same source and position. */
    REPLACED
}
