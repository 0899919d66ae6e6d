package org.dateline.store;

import java.nio.file.Path;

/**
 * The store folder is held by another process: TDB2 lets one process at a time open a store, and
 * records which one in {@code tdb.lock}.
 */
public final class StoreLockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;
    private final long pid;

    public StoreLockedException(Path folder, long pid, Throwable cause) {
        super("the store " + folder + " is in use by process " + (pid < 0 ? "?" : Long.toString(pid)), cause);
        this.folder = folder;
        this.pid = pid;
    }

    public Path folder() {
        return folder;
    }

    /** The process holding the store; -1 when TDB2 did not say. */
    public long pid() {
        return pid;
    }
}
