package org.dateline.cli;

import java.nio.file.Path;

import org.dateline.map.IriScheme;
import org.dateline.store.StoreBase;

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
        if (iris == null) {
            try {
                String resolved = StoreBase.resolve(db, base, IriScheme.DEFAULT_BASE);
                iris = new IriScheme(resolved);
            } catch (IllegalArgumentException e) {
                throw new UsageError(e.getMessage());
            }
        }
        return iris;
    }
}
