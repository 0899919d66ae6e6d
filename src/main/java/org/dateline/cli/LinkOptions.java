package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.KnownPeople;
import org.dateline.link.Linker;
import org.dateline.link.ReportLinker;
import org.dateline.link.online.OnlineLinker;
import org.dateline.link.online.WikidataLookup;
import org.dateline.store.ReportStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the link stage, shared by ingest, serve, convert and validate. */
public final class LinkOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Your own Wikidata items, added to the bundled gazetteer: TSV (qid, type, label, "
                    + "aliases, demonyms, country, prior, positions) or Turtle (.ttl: wd:Q… a dl:Place; rdfs:label; "
                    + "skos:altLabel); see org/dateline/link/README.md. Repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Option(names = "--wikidata-endpoint", paramLabel = "URL",
            description = "Look names the gazetteer does not know up at this SPARQL endpoint in the Wikidata "
                    + "Query Service's shape (e.g. " + WikidataLookup.WIKIDATA_QUERY_SERVICE + "). Off by default.")
    String endpoint;

    @Option(names = "--wikidata-cache", paramLabel = "FILE",
            description = "File that keeps the endpoint's answers across runs (default: beside the store for "
                    + "ingest and serve, none for convert and validate).")
    Path cache;

    @Option(names = "--wikidata-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up on one lookup after this long and link offline (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--wikidata-interval", paramLabel = "MILLISECONDS", defaultValue = "1000",
            description = "At most one lookup per this interval (default: ${DEFAULT-VALUE}).")
    long intervalMillis;

    /**
     * The link stage these options ask for.
     *
     * @param defaultCache the cache file when none is given; null for none
     */
    ReportLinker reportLinker(Path defaultCache, PrintStream err) {
        return new ReportLinker(linker(defaultCache, err));
    }

    /**
     * A report linker for ingesting into {@code store}: the unlinked people its reports named with
     * roles are known from the start, so a later report's spelling variant joins the same node.
     */
    ReportLinker reportLinker(ReportStore store, Path defaultCache, PrintStream err) {
        KnownPeople known = new KnownPeople();
        store.unlinkedPeopleWithRoles().forEach(person -> known.remember(person.name(),
                Set.of(new KnownPeople.RoleKey(person.roleTitle(), person.roleOf()))));
        return new ReportLinker(linker(defaultCache, err), known);
    }

    Linker linker(Path defaultCache, PrintStream err) {
        GazetteerLinker offline;
        try {
            offline = new GazetteerLinker(Gazetteer.bundled().withFiles(gazetteers));
        } catch (RuntimeException e) {
            // A user's file that cannot be read or parsed is a usage error, named with its line.
            throw new ParameterException(spec.commandLine(), "--gazetteer: " + e.getMessage(), e);
        }
        if (endpoint == null) {
            return offline;
        }
        WikidataLookup lookup = new WikidataLookup(endpoint, Duration.ofSeconds(timeoutSeconds),
                Duration.ofMillis(intervalMillis));
        return new OnlineLinker(offline, lookup, cache != null ? cache : defaultCache, err::println);
    }

    /** The cache file beside a store folder: {@code dateline-db-wikidata-cache.tsv}. */
    static Path besideStore(Path db) {
        Path absolute = db.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-wikidata-cache.tsv");
    }
}
