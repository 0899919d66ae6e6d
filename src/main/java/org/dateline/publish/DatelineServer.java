package org.dateline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.map.IriScheme;

/**
 * The publish stage: an embedded Fuseki serving the store read-only at {@code /dateline}:
 * {@code /dateline/sparql} (SPARQL 1.1 query) and {@code /dateline/get} (Graph Store Protocol, read).
 * No update or upload endpoint is configured, so nothing is writable over HTTP.
 *
 * <p>Around it, the linked-data site: every IRI under the base dereferences
 * ({@link LinkedDataServlet}), with the home, search and query pages, the vocabularies, the VoID
 * description and the dump (see {@link #start(DatasetGraph, IriScheme, Path, int, boolean, Duration)}).
 */
public final class DatelineServer implements AutoCloseable {

    public static final String DATASET_PATH = "/dateline";

    private final FusekiServer server;

    private DatelineServer(FusekiServer server) {
        this.server = server;
    }

    /**
     * Starts serving the dataset.
     *
     * @param port         the port; 0 picks a free one
     * @param loopbackOnly listen on localhost only
     * @param queryTimeout how long one query may run before it is cancelled
     */
    public static DatelineServer start(DatasetGraph dataset, int port, boolean loopbackOnly, Duration queryTimeout) {
        return start(dataset, port, loopbackOnly, queryTimeout, ServiceAllowList.none());
    }

    /**
     * Starts serving the dataset; queries may reach the allowed endpoints with SERVICE (federation).
     */
    public static DatelineServer start(DatasetGraph dataset, int port, boolean loopbackOnly, Duration queryTimeout,
            ServiceAllowList services) {
        return start(dataset, new IriScheme(IriScheme.DEFAULT_BASE), null, port, loopbackOnly, queryTimeout, services);
    }

    /**
     * Starts serving the dataset and the linked-data site for IRIs under {@code iris}' base, with
     * no SERVICE (federation) allowed.
     *
     * @param dumpFolder where the dump is written (a temporary folder when null)
     */
    public static DatelineServer start(DatasetGraph dataset, IriScheme iris, Path dumpFolder, int port,
            boolean loopbackOnly, Duration queryTimeout) {
        return start(dataset, iris, dumpFolder, port, loopbackOnly, queryTimeout, ServiceAllowList.none());
    }

    /**
     * Starts serving the dataset and the linked-data site for IRIs under {@code iris}' base;
     * queries may reach the allowed endpoints with SERVICE.
     *
     * @param dumpFolder where the dump is written (a temporary folder when null)
     */
    public static DatelineServer start(DatasetGraph dataset, IriScheme iris, Path dumpFolder, int port,
            boolean loopbackOnly, Duration queryTimeout, ServiceAllowList services) {
        services.applyTo(dataset.getContext());
        // Fuseki builds each query execution with the dataset's context, where ARQ looks for its timeout.
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        Site site = new Site(dataset, iris);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .loopback(loopbackOnly)
                .enableCors(true, null)
                .add(DATASET_PATH, service);
        SiteRoutes.add(builder, site, new DumpWriter(dataset, dumpFolder == null ? tempFolder() : dumpFolder));
        FusekiServer server = builder.build();
        server.start();
        return new DatelineServer(server);
    }

    private static Path tempFolder() {
        try {
            Path folder = Files.createTempDirectory("dateline-dumps");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getHttpPort();
    }

    public String sparqlUrl() {
        return "http://localhost:" + port() + DATASET_PATH + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
