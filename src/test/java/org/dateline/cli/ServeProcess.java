package org.dateline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real {@code dateline serve} in a child process, as a user starts it (through the main method,
 * so with the command line's logging), stopped by {@link #close()}.
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final Path stderr;
    private final int port;
    private final List<String> output = new ArrayList<>();

    private ServeProcess(Process process, Path stderr, int port) {
        this.process = process;
        this.stderr = stderr;
        this.port = port;
    }

    /** Starts {@code serve --port P ARGS…} on a free port and waits until it serves (at most two minutes). */
    static ServeProcess start(Path workDir, String... args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.dateline.cli.DatelineCommand",
                "serve", "--port", Integer.toString(port)));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile(workDir, "serve", ".err");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        ServeProcess serve = new ServeProcess(process, stderr, port);
        serve.awaitServing();
        return serve;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitServing() throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> serving = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith("Serving ")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!serving.get(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("serve stopped before serving: " + output + " " + stderr());
            }
        } catch (TimeoutException e) {
            close();
            throw new IllegalStateException("serve did not start in two minutes: " + output + " " + stderr());
        }
        // Keep draining stdout so that the child never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            } catch (IOException e) {
                // The child was stopped.
            }
        }, "serve-stdout");
        drain.setDaemon(true);
        drain.start();
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port + "/";
    }

    /** What the server printed on stdout so far. */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** What the server printed on stderr so far. */
    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
