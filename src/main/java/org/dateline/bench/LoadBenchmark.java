package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The served store under load (see {@link LoadRun}): clients reading SPARQL results, HTML pages
 * and RDF documents over loopback HTTP while reports are posted to the write endpoint; prints the
 * requests, errors and p50/p99 latency of each kind, and whether any report was seen half-written.
 * Exits with 1 when there was any error or half-seen report.
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.LoadBenchmark [clients 32] [seconds 60] [posts 500] [preloaded 200] [posters 16] [--store DIR]</pre>
 *
 * With {@code --store DIR} the store built by {@code PageBenchmark --store DIR} is served instead
 * of a fresh one (the posted reports stay in it), and the auditor checks the posted reports' graphs.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        Path store = BenchOptions.store(arguments);
        int clients = arguments.size() > 0 ? Integer.parseInt(arguments.get(0)) : 32;
        int seconds = arguments.size() > 1 ? Integer.parseInt(arguments.get(1)) : 60;
        int posts = arguments.size() > 2 ? Integer.parseInt(arguments.get(2)) : 500;
        int preloaded = arguments.size() > 3 ? Integer.parseInt(arguments.get(3)) : 200;
        int posters = arguments.size() > 4 ? Integer.parseInt(arguments.get(4)) : 16;
        LoadRun.Settings settings = new LoadRun.Settings(clients, Duration.ofSeconds(seconds), posts, posters, preloaded,
                Duration.ofSeconds(seconds * 10L), store);
        Path work = Files.createTempDirectory("dateline-load");
        LoadRun.Result result;
        try {
            result = LoadRun.run(work, settings);
        } finally {
            deleteTree(work);
        }
        System.out.println(LoadRun.format(settings, result));
        System.exit(result.errorCount() == 0 && result.halfSeen() == 0 && result.stored() == result.expected() ? 0 : 1);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
