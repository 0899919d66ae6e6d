package org.dateline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.publish.DatelineServer;
import org.dateline.publish.DumpWriter;
import org.dateline.publish.ServiceAllowList;
import org.dateline.store.ReportStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "serve", description = "Ingest the PATHs if given, then serve the store read-only over SPARQL "
        + "at http://localhost:PORT/dateline/sparql (and the Graph Store Protocol at /dateline/get), with a page "
        + "and RDF for every IRI under the base, VoID at /.well-known/void and a dump at /dumps/dateline.nq.gz.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    NlpOption nlp;

    @Mixin
    LinkOptions link;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Cancel a query after this many seconds (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--public", description = "Listen on every network interface, not only on localhost.")
    boolean publicAccess;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Let queries join the store with this SPARQL endpoint through SERVICE <URL> "
                    + "(e.g. https://query.wikidata.org/sparql). Repeatable; none by default.")
    List<String> allowedServices = List.of();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Report files or folders to ingest first.")
    List<Path> paths = List.of();

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        try (ReportStore reports = ReportStore.open(store.db, store.iris())) {
            if (!paths.isEmpty()) {
                // Set-aside reports are named in the output; they do not stop the server.
                IngestRun.run(paths, reports, store.db, store.iris(), nlp.understander(),
                        link.reportLinker(reports, LinkOptions.besideStore(store.db), parent.err()), parent.out(), parent.err());
            }
            // The dump is rewritten now, after the ingest, so the first download need not wait for it.
            DumpWriter dumps = new DumpWriter(reports.dataset(), dumpFolder(store.db));
            dumps.refresh();
            try (DatelineServer server = DatelineServer.start(reports.dataset(), store.iris(), dumps.file().getParent(),
                    port, !publicAccess, Duration.ofSeconds(queryTimeoutSeconds), ServiceAllowList.of(allowedServices))) {
                parent.out().printf("Serving %d reports: pages at http://localhost:%d/, SPARQL at %s (Ctrl-C to stop)%n",
                        reports.reportCount(), server.port(), server.sparqlUrl());
                server.join();
            }
        }
        return 0;
    }

    /** The dumps live beside the store, like the set-aside reports: {@code dateline-db-dumps/}. */
    static Path dumpFolder(Path db) {
        Path absolute = db.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-dumps");
    }
}
