package org.dateline.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Builds a store from N-Quads shards (plain or gzipped), such as the Spark job writes: report
 * graphs, and entity descriptions already merged the way {@link ReportStore} merges them (one
 * label, the highest link confidence). The shards are loaded as they are, with TDB2's bulk loader,
 * so only into a store that holds no reports yet: merging into reports already stored is
 * {@code ingest}'s work.
 */
public final class ShardLoader {

    private ShardLoader() {
    }

    /** What a load did. */
    public record Loaded(int shards, long quads, long reports) {
    }

    /**
     * The shard files among {@code paths}: files as given, folders walked for the files in them in
     * name order, leaving out hidden files and the markers Spark writes ({@code _SUCCESS}, {@code .crc}).
     *
     * @throws IllegalArgumentException naming a path that does not exist
     */
    public static List<Path> shards(List<Path> paths) {
        List<Path> shards = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ShardLoader::isShard).sorted().forEach(shards::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                shards.add(path);
            } else {
                throw new IllegalArgumentException(path + ": no such file or folder");
            }
        }
        return shards;
    }

    private static boolean isShard(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.startsWith("_");
    }

    /**
     * The graph the first line of {@code shard} names, to check that shards were made under the
     * store's base before anything is loaded; null for an empty shard.
     */
    public static String firstGraph(Path shard) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(shard), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // N-Quads: "... <graph> ." — the last IRI on the line.
                int end = line.lastIndexOf('>');
                int start = end < 0 ? -1 : line.lastIndexOf('<', end);
                return start < 0 ? null : line.substring(start + 1, end);
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + shard, e);
        }
    }

    /**
     * Loads the shards into {@code store}, which must hold no reports.
     *
     * @throws IllegalStateException when the store holds reports already
     */
    public static Loaded load(ReportStore store, List<Path> shards) {
        if (store.reportCount() > 0) {
            throw new IllegalStateException("the store holds " + store.reportCount() + " reports already; "
                    + "shards are loaded into a new store");
        }
        // The phased loader indexes in a few passes with a thread or two: right for a small
        // machine, and a big one loads the same shards with tdb2.xloader.
        DataLoader loader = LoaderFactory.phasedLoader(store.dataset(), (format, args) -> { });
        loader.startBulk();
        try {
            for (Path shard : shards) {
                try (InputStream in = open(shard)) {
                    loader.loadFromInputStream(shard.toUri().toString(), in, Lang.NQUADS);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + shard, e);
                }
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return new Loaded(shards.size(), loader.countQuads(), store.reportCount());
    }

    private static InputStream open(Path shard) throws IOException {
        InputStream in = Files.newInputStream(shard);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
