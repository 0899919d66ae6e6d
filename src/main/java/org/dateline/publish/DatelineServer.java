package org.dateline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dateline.map.IriScheme;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The publish stage: an embedded Fuseki serving the store at {@code /dateline}:
 * {@code /dateline/sparql} (SPARQL 1.1 query) and {@code /dateline/get} (Graph Store Protocol, read).
 * No SPARQL update or graph upload endpoint is configured; reports can be written over HTTP only
 * through the {@link WriteEndpoint}, and only when the server is given a token
 * ({@link Builder#writes}).
 *
 * <p>Around it, the linked-data site: every IRI under the base dereferences
 * ({@link LinkedDataServlet}), with the home, search and query pages, the vocabularies, the VoID
 * description and the dump (see {@link #start(DatasetGraph, IriScheme, Path, int, boolean, Duration)}).
 */
public final class DatelineServer implements AutoCloseable {

    public static final String DATASET_PATH = "/dateline";
    /** Beyond the longest a request may be silent (a query to its timeout, a post waiting for the writer). */
    private static final Duration CONNECTION_SLACK = Duration.ofSeconds(30);

    private final FusekiServer server;
    private final boolean writable;

    private DatelineServer(FusekiServer server, boolean writable) {
        this.server = server;
        this.writable = writable;
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
        return create(dataset).iris(iris).dumpFolder(dumpFolder).port(port).loopbackOnly(loopbackOnly)
                .queryTimeout(queryTimeout).services(services).start();
    }

    /** A server for {@code dataset}, to be set up and started: {@code create(ds).port(0).start()}. */
    public static Builder create(DatasetGraph dataset) {
        return new Builder(Objects.requireNonNull(dataset, "dataset"));
    }

    /**
     * Sets up a server; each setter replaces an earlier value. Defaults: the default base, a
     * temporary dump folder, port 3030 on localhost only, a 30 s query timeout, no SERVICE, and no
     * write endpoint.
     */
    public static final class Builder {
        private final DatasetGraph dataset;
        private IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        private Path dumpFolder;
        private int port = 3030;
        private boolean loopbackOnly = true;
        private Duration queryTimeout = Duration.ofSeconds(30);
        private ServiceAllowList services = ServiceAllowList.none();
        private ReportIntake intake;
        private WriteToken token;
        private long maxUploadBytes;

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        public Builder iris(IriScheme iris) {
            this.iris = Objects.requireNonNull(iris, "iris");
            return this;
        }

        /** Where the dump is written; null for a temporary folder. */
        public Builder dumpFolder(Path dumpFolder) {
            this.dumpFolder = dumpFolder;
            return this;
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("not a port: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder loopbackOnly(boolean loopbackOnly) {
            this.loopbackOnly = loopbackOnly;
            return this;
        }

        /** How long one query may run before it is cancelled. */
        public Builder queryTimeout(Duration queryTimeout) {
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive: " + queryTimeout);
            }
            this.queryTimeout = queryTimeout;
            return this;
        }

        /** The endpoints queries may reach with SERVICE. */
        public Builder services(ServiceAllowList services) {
            this.services = Objects.requireNonNull(services, "services");
            return this;
        }

        /**
         * Opens the write endpoint ({@code POST /dateline/reports}, {@code DELETE} of a report IRI) to
         * requests bearing {@code token}, with bodies of at most {@code maxUploadBytes}.
         */
        public Builder writes(ReportIntake intake, WriteToken token, long maxUploadBytes) {
            if (maxUploadBytes <= 0) {
                throw new IllegalArgumentException("the upload limit must be positive: " + maxUploadBytes);
            }
            this.intake = Objects.requireNonNull(intake, "intake");
            this.token = Objects.requireNonNull(token, "token");
            this.maxUploadBytes = maxUploadBytes;
            return this;
        }

        public DatelineServer start() {
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
            builder.addFilter("/*", new RefusalsCloseConnections());
            if (intake != null) {
                WriteEndpoint writes = new WriteEndpoint(intake, token, maxUploadBytes, site);
                builder.addServlet(WriteEndpoint.PATH, writes.reportsServlet());
                builder.addFilter("/report/*", writes.deleteFilter());
            }
            FusekiServer server = builder.build();
            // Jetty drops a connection silent for 30 s, even while its request is being answered: a query
            // may run up to its timeout and a posted report may wait a minute for the writer, with nothing
            // sent meanwhile. The connection may stay silent longer than either.
            long idle = Math.max(queryTimeout.toMillis(), WriteEndpoint.WRITER_WAIT.toMillis()) + CONNECTION_SLACK.toMillis();
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setIdleTimeout(Math.max(idle, serverConnector.getIdleTimeout()));
                }
            }
            server.start();
            return new DatelineServer(server, intake != null);
        }
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

    /** The write endpoint's address; null when the server takes no reports. */
    public String reportsUrl() {
        return writable ? "http://localhost:" + port() + WriteEndpoint.PATH : null;
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
