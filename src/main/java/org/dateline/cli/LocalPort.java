package org.dateline.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dateline.map.IriScheme;

/** What {@code serve} checks about its port before it does any work. */
final class LocalPort {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private LocalPort() {
    }

    /**
     * Refuses a port another program listens on, in one line, before any report is ingested. The
     * port is tried the way the server will bind it (SO_REUSEADDR on, like Jetty).
     */
    static void ensureFree(int port, boolean loopbackOnly) {
        if (port == 0) {
            return;
        }
        if (port < 0 || port > 65535) {
            throw new UsageError("--port " + port + " is not a TCP port (1-65535, or 0 for any free one)");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(loopbackOnly ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
                    : new InetSocketAddress(port));
        } catch (IOException e) {
            throw busy(port, e);
        }
    }

    static UsageError busy(int port, Throwable cause) {
        String why = cause instanceof BindException && cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains("in use") ? "is in use by another program"
                : "cannot be listened on (" + DatelineCommand.oneLine(cause) + ")";
        return new UsageError("port " + port + " " + why + ": choose another with --port (nothing was ingested)");
    }

    /** Whether a start-up failure was the port being taken after all (another server won the race). */
    static boolean isBindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A warning when the store's IRIs name this machine on another port than the one served: its
     * links then lead to whatever answers there, not to this server.
     */
    static Optional<String> baseMismatch(IriScheme iris, int port) {
        URI base = URI.create(iris.base());
        if (base.getHost() == null || !LOCAL_HOSTS.contains(base.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int basePort = base.getPort() != -1 ? base.getPort() : "https".equalsIgnoreCase(base.getScheme()) ? 443 : 80;
        if (basePort == port) {
            return Optional.empty();
        }
        return Optional.of("warning: the store's IRIs are under " + iris.base() + ", but this server answers on port "
                + port + ", so the links in its data lead elsewhere: serve this store with --port " + basePort
                + ", or give a new store (another --db) the base of its port with --base http://localhost:" + port + "/");
    }
}
