package org.dateline.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dateline.map.IriScheme;
import org.dateline.store.ReportStore;
import org.dateline.store.StoreBase;
import org.dateline.store.StoreLockedException;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "dateline-db",
            description = "TDB2 store folder (created when absent; default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the IRIs minted for reports and entities, fixed when the store is created "
                    + "(default: " + IriScheme.DEFAULT_BASE + "; later runs use the store's own).")
    String base;

    private IriScheme iris;

    /** The store's IRI scheme; a --base that differs from the store's own is a usage error. */
    IriScheme iris() {
        return iris(IriScheme.DEFAULT_BASE);
    }

    /**
     * The store's IRI scheme, {@code fallback} being the base of a store created now without --base.
     * A --base that differs from the store's own is a usage error.
     */
    IriScheme iris(String fallback) {
        if (iris == null) {
            if (Files.exists(db) && !Files.isDirectory(db)) {
                throw new UsageError("cannot use " + db + " as a store: it is a file, not a folder");
            }
            try {
                String resolved = StoreBase.resolve(db, base, fallback);
                iris = new IriScheme(resolved);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            } catch (UncheckedIOException e) {
                throw new UsageError("cannot use " + db + " as a store: " + DatelineCommand.oneLine(e.getCause()));
            }
        }
        return iris;
    }

    /** Opens the store for {@code command}, creating it when absent; held by another process, a usage error. */
    ReportStore open(String command) {
        try {
            return ReportStore.open(db, iris());
        } catch (StoreLockedException e) {
            throw StoreInUse.error(command, e);
        }
    }

    /** Opens an existing store for {@code command}; a folder that holds none is a usage error, and is not created. */
    ReportStore openExisting(String command) {
        if (!ReportStore.exists(db)) {
            throw new UsageError("no store in " + db + (Files.exists(db) ? "" : " (no such folder)")
                    + ": ingest reports into it first (dateline ingest --db " + db + " FILE…), or name another with --db");
        }
        return open(command);
    }
}
