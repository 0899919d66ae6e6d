package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.map.IriScheme;
import org.dateline.pipeline.FolderWatch;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.IngestorIntake;
import org.dateline.pipeline.RejectedFolder;
import org.dateline.publish.DatelineServer;
import org.dateline.publish.DumpWriter;
import org.dateline.publish.ServiceAllowList;
import org.dateline.publish.WriteToken;
import org.dateline.store.ReportStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "serve", description = "Ingest the PATHs if given, then serve the store over SPARQL "
        + "at http://localhost:PORT/dateline/sparql (and the Graph Store Protocol at /dateline/get), with a page "
        + "and RDF for every IRI under the base, VoID at /.well-known/void and a dump at /dumps/dateline.nq.gz.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    NlpOption nlp;

    @Mixin
    LinkOptions link;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}); a store "
            + "created now gets the base http://localhost:PORT/.")
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

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Take reports over HTTP: POST /dateline/reports and DELETE of a report IRI, for requests bearing "
                    + "the token in FILE (Authorization: Bearer TOKEN) that come over HTTPS or from this machine. "
                    + "Without it nothing is writable over HTTP.")
    Path tokenFile;

    @Option(names = "--max-upload", paramLabel = "BYTES", defaultValue = "10485760",
            description = "The largest report file the write endpoint takes (default: ${DEFAULT-VALUE}, 10 MB, "
                    + "the reader's own limit).")
    long maxUploadBytes;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Keep the store in step with this folder while serving: files added or changed are ingested "
                    + "(replacing their earlier version), the reports of files removed are removed.")
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "MILLISECONDS", defaultValue = "1000",
            description = "How often the watched folder is scanned; a file is taken once it has not changed for this "
                    + "long (default: ${DEFAULT-VALUE}).")
    long watchIntervalMillis;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        // Everything that can refuse the command is checked before any store is touched or report ingested.
        LocalPort.ensureFree(port, !publicAccess);
        ServiceAllowList services = services();
        checkWatchAndUpload();
        WriteToken token = token();
        // A store created by serve gets IRIs that resolve on the port it is served on.
        IriScheme iris = store.iris(port == 0 ? IriScheme.DEFAULT_BASE : "http://localhost:" + port + "/");
        try (ReportStore reports = store.open("serve")) {
            RejectedFolder rejected = new RejectedFolder(RejectedFolder.besideStore(store.db), iris);
            Ingestor ingestor = paths.isEmpty() && watch == null && token == null ? null
                    : new Ingestor(Stages.processor(iris, nlp.understander(),
                            link.reportLinker(reports, LinkOptions.besideStore(store.db), parent.err())), reports, rejected);
            if (!paths.isEmpty()) {
                // Set-aside reports are named in the output; they do not stop the server.
                IngestRun.run(paths, ingestor, rejected.root(), parent.out(), parent.err());
            }
            // The dump is rewritten now, after the ingest, so the first download need not wait for it.
            DumpWriter dumps = new DumpWriter(reports.dataset(), dumpFolder(store.db));
            try (FolderWatch watcher = watch == null ? null : new FolderWatch(watch, ingestor, reports,
                    result -> parent.out().println(result.line()), Duration.ofMillis(watchIntervalMillis),
                    Runtime.getRuntime().availableProcessors())) {
                if (watcher != null) {
                    // The first scan ingests what the folder holds, before serving; later ones run beside the server.
                    watcher.start(e -> parent.err().println("dateline serve: --watch " + watch + ": "
                            + DatelineCommand.oneLine(e) + " (retrying)"));
                }
                dumps.refresh();
                IngestorIntake intake = token == null ? null : new IngestorIntake(ingestor, reports,
                        IngestorIntake.besideStore(store.db), result -> parent.out().println(result.line()));
                try (DatelineServer server = start(reports, iris, dumps, services, intake, token)) {
                    LocalPort.baseMismatch(iris, server.port()).ifPresent(parent.err()::println);
                    announce(server);
                    parent.out().printf("Serving %d reports: pages at http://localhost:%d/, SPARQL at %s%s%s (Ctrl-C to stop)%n",
                            reports.reportCount(), server.port(), server.sparqlUrl(),
                            watch == null ? "" : ", watching " + watch,
                            intake == null ? "" : ", taking reports at " + server.reportsUrl());
                    server.join();
                } finally {
                    ServerNote.remove(store.db);
                }
            }
        }
        return 0;
    }

    private ServiceAllowList services() {
        try {
            return ServiceAllowList.of(allowedServices);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--allow-service: " + e.getMessage());
        }
    }

    private void checkWatchAndUpload() {
        if (watch != null && !Files.isDirectory(watch)) {
            throw new UsageError("--watch " + watch + ": not a folder");
        }
        if (watchIntervalMillis <= 0) {
            throw new UsageError("--watch-interval must be positive: " + watchIntervalMillis);
        }
        if (maxUploadBytes <= 0) {
            throw new UsageError("--max-upload must be positive: " + maxUploadBytes);
        }
    }

    /** The write endpoint's token; null when there is to be no write endpoint. */
    private WriteToken token() {
        if (tokenFile == null) {
            return null;
        }
        try {
            WriteToken token = WriteToken.fromFile(tokenFile);
            WriteToken.exposure(tokenFile).ifPresent(parent.err()::println);
            return token;
        } catch (IllegalArgumentException e) {
            throw new UsageError("--token-file: " + e.getMessage());
        }
    }

    private DatelineServer start(ReportStore reports, IriScheme iris, DumpWriter dumps, ServiceAllowList services,
            IngestorIntake intake, WriteToken token) {
        DatelineServer.Builder server = DatelineServer.create(reports.dataset()).iris(iris)
                .dumpFolder(dumps.file().getParent()).port(port).loopbackOnly(!publicAccess)
                .queryTimeout(Duration.ofSeconds(queryTimeoutSeconds)).services(services);
        if (intake != null) {
            server.writes(intake, token, maxUploadBytes);
        }
        try {
            return server.start();
        } catch (RuntimeException e) {
            // Another program took the port between the check and now.
            if (LocalPort.isBindFailure(e)) {
                throw LocalPort.busy(port, e);
            }
            throw e;
        }
    }

    /** Leaves a note in the store folder saying where it is served, removed when the server stops. */
    private void announce(DatelineServer server) {
        ServerNote note = new ServerNote(ProcessHandle.current().pid(), "http://localhost:" + server.port() + "/",
                server.reportsUrl(), tokenFile);
        try {
            note.write(store.db);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ServerNote.remove(store.db), "dateline-server-note"));
        } catch (IOException e) {
            parent.err().println("warning: could not leave a note of this server in " + store.db + ": " + e.getMessage());
        }
    }

    /** The dumps live beside the store, like the set-aside reports: {@code dateline-db-dumps/}. */
    static Path dumpFolder(Path db) {
        Path absolute = db.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-dumps");
    }
}
