package org.dateline.cli;

import java.nio.file.Path;

import org.dateline.map.IriScheme;

import picocli.CommandLine.Option;

/** Options every command that touches the store shares. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "dateline-db",
            description = "TDB2 store folder (created when absent; default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the IRIs minted for reports and entities; use the same one for ingest "
                    + "and serve (default: ${DEFAULT-VALUE}).")
    String base;

    IriScheme iris() {
        return new IriScheme(base);
    }
}
