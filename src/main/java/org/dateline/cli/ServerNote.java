package org.dateline.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * A note that {@code dateline serve} leaves in the store folder while it runs: its process, its
 * address and whether it takes reports over HTTP. TDB2's lock names only the process holding a
 * store; with this note, a command refused by the lock can say where to send its work instead.
 * A note left by a killed server is ignored, since its process is not the one holding the lock.
 *
 * @param pid        the serving process
 * @param url        the site's address, ending in "/"
 * @param reportsUrl the write endpoint; null when the server takes no reports
 * @param tokenFile  the file holding the write endpoint's token; null when there is none
 */
record ServerNote(long pid, String url, String reportsUrl, Path tokenFile) {

    private static final String FILE = "dateline-server.properties";

    String sparqlUrl() {
        return url + "dateline/sparql";
    }

    void write(Path db) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("url", url);
        if (reportsUrl != null) {
            properties.setProperty("reports", reportsUrl);
            properties.setProperty("token-file", tokenFile.toAbsolutePath().toString());
        }
        try (Writer out = Files.newBufferedWriter(db.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.store(out, "written by dateline serve while it runs; removed when it stops");
        }
    }

    static void remove(Path db) {
        try {
            Files.deleteIfExists(db.resolve(FILE));
        } catch (IOException e) {
            // A note left behind is harmless: it is only believed while its process holds the store.
        }
    }

    /** The note of the server that is process {@code pid}, if that process left one. */
    static Optional<ServerNote> of(Path db, long pid) {
        Path file = db.resolve(FILE);
        if (pid < 0 || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            if (Long.parseLong(properties.getProperty("pid", "-1")) != pid || properties.getProperty("url") == null) {
                return Optional.empty();
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        String tokenFile = properties.getProperty("token-file");
        return Optional.of(new ServerNote(pid, properties.getProperty("url"), properties.getProperty("reports"),
                tokenFile == null ? null : Path.of(tokenFile)));
    }
}
