package org.dateline.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RiotException;
import org.dateline.store.ReportStore;
import org.dateline.store.ShardLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "load", description = "Build a new store from the N-Quads shards "
        + "the Spark job writes (report graphs and entity descriptions, .gz or plain; folders are walked), "
        + "for serve to serve. Use the --base the job used.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the shards were loaded", "1:a shard could not be read or parsed", "2:usage error"})
final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "Shard files, or folders of them.")
    List<Path> paths;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        List<Path> shards;
        try {
            shards = ShardLoader.shards(paths);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (shards.isEmpty()) {
            throw new UsageError("no shards in " + paths);
        }
        String entities = store.iris().entitiesGraph();
        for (Path shard : shards) {
            String graph = ShardLoader.firstGraph(shard);
            if (graph != null && graph.endsWith("graph/entities") && !graph.equals(entities)) {
                throw new UsageError(shard + " was made under the base "
                        + graph.substring(0, graph.length() - "graph/entities".length()) + ", not the store's "
                        + store.iris().base() + ": pass the job's --base, or another --db");
            }
        }
        long start = System.nanoTime();
        try (ReportStore reports = store.open("load")) {
            ShardLoader.Loaded loaded;
            try {
                loaded = ShardLoader.load(reports, shards);
            } catch (IllegalStateException e) {
                throw new UsageError(store.db + ": " + e.getMessage());
            } catch (RiotException | UncheckedIOException e) {
                parent.err().println("dateline load: stopped: " + DatelineCommand.oneLine(e)
                        + " (the store in " + store.db + " is incomplete: remove it and load again)");
                return 1;
            }
            parent.out().printf("%d reports, %d quads from %d shards loaded into %s in %.1f s%n", loaded.reports(),
                    loaded.quads(), loaded.shards(), store.db, (System.nanoTime() - start) / 1e9);
            return 0;
        }
    }
}
