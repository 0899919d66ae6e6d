package org.dateline.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The whole dataset as gzipped N-Quads in one file, rewritten when the store has changed. The
 * store's state is summed up in a key (a hash of the graph names and the number of quads: report
 * graphs are named by their text's fingerprint, so a changed report is a changed name), kept
 * beside the dump; a dump whose key differs from the store's is stale.
 */
public final class DumpWriter {

    public static final String FILE_NAME = "dateline.nq.gz";

    private final DatasetGraph dataset;
    private final Path file;
    private final Path keyFile;

    public DumpWriter(DatasetGraph dataset, Path folder) {
        this.dataset = dataset;
        this.file = folder.resolve(FILE_NAME);
        this.keyFile = folder.resolve(FILE_NAME + ".key");
    }

    public Path file() {
        return file;
    }

    /** The key of the store's current state. */
    public String stateKey() {
        return Txn.calculateRead(dataset, () -> {
            List<String> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(g -> graphs.add(g.toString()));
            graphs.sort(null);
            long quads = 0;
            for (var it = dataset.find(); it.hasNext(); it.next()) {
                quads++;
            }
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                graphs.forEach(g -> digest.update((g + "\n").getBytes(StandardCharsets.UTF_8)));
                digest.update(Long.toString(quads).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest.digest(), 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public boolean isStale() {
        try {
            return !Files.exists(file) || !Files.exists(keyFile) || !Files.readString(keyFile).equals(stateKey());
        } catch (IOException e) {
            return true;
        }
    }

    /** Writes the dump if it is stale; returns the key of the dump on disk. */
    public synchronized String refresh() {
        try {
            if (!isStale()) {
                return Files.readString(keyFile);
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            String key = Txn.calculateRead(dataset, () -> {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                    stream.start();
                    dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (!Quad.isDefaultGraph(q.getGraph())) {
                            stream.quad(q);
                        } else {
                            stream.triple(q.asTriple());
                        }
                    });
                    stream.finish();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return stateKey();
            });
            try {
                // Temporary files are private (rw-------); the dump is public data, like the rest of the site.
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: keep the default permissions.
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(keyFile, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
