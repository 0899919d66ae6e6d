package org.dateline.link.online;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.dateline.link.GazetteerLinker;
import org.dateline.link.Link;
import org.dateline.link.Linker;
import org.dateline.link.Mention;
import org.dateline.link.MentionType;
import org.dateline.link.ReportContext;

/**
 * The gazetteer first; a name the gazetteer does not know at all is looked up at a SPARQL endpoint
 * in the Wikidata Query Service's shape, through a persistent cache. The answer links only when
 * exactly one item of a fitting type has the name (0.70 as its label, 0.65 as an alias): online
 * there is no context to rank by, so an ambiguous name stays unlinked. When the endpoint cannot
 * answer, the linker stays offline for a while rather than wait on every mention.
 */
public final class OnlineLinker implements Linker {

    static final BigDecimal BY_LABEL = new BigDecimal("0.70");
    static final BigDecimal BY_ALIAS = new BigDecimal("0.65");
    /** How long the endpoint is left alone after it failed to answer. */
    static final Duration QUIET_AFTER_FAILURE = Duration.ofMinutes(1);

    private final GazetteerLinker offline;
    private final WikidataLookup lookup;
    private final LookupCache cache;
    private final Consumer<String> warnings;
    private final AtomicLong quietUntil = new AtomicLong(Long.MIN_VALUE);

    /**
     * @param cacheFile where answers are kept across runs; null keeps them in memory only
     * @param warnings  where to say that the endpoint failed (once per failure period)
     */
    public OnlineLinker(GazetteerLinker offline, WikidataLookup lookup, Path cacheFile, Consumer<String> warnings) {
        this.offline = offline;
        this.lookup = lookup;
        this.cache = new LookupCache(cacheFile);
        this.warnings = warnings;
    }

    @Override
    public Optional<Link> link(Mention mention, ReportContext context) {
        Optional<Link> known = offline.best(mention, context);
        if (known.isPresent()) {
            // The gazetteer knows the name: its context-ranked answer stands, even when it is "no link".
            return known.filter(link -> link.confidence().compareTo(GazetteerLinker.THRESHOLD) >= 0);
        }
        if (mention.type() == MentionType.NATIONALITY) {
            return Optional.empty(); // adjectives are not item labels
        }
        String name = asWritten(mention.text());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<WikidataItem>> items = cache.get(name);
        if (items.isEmpty()) {
            items = ask(name);
        }
        return items.flatMap(found -> choose(found, mention));
    }

    private Optional<List<WikidataItem>> ask(String name) {
        if (System.nanoTime() < quietUntil.get()) {
            return Optional.empty();
        }
        try {
            List<WikidataItem> found = lookup.lookup(variants(name));
            cache.put(name, found);
            return Optional.of(found);
        } catch (LookupFailedException e) {
            quietUntil.set(System.nanoTime() + QUIET_AFTER_FAILURE.toNanos());
            warnings.accept(e.getMessage() + "; linking offline only for " + QUIET_AFTER_FAILURE.toSeconds() + " s");
            return Optional.empty();
        }
    }

    private Optional<Link> choose(List<WikidataItem> items, Mention mention) {
        List<WikidataItem> fitting = items.stream()
                .filter(item -> item.types().stream().anyMatch(t -> mention.type().fits(t)))
                .toList();
        if (fitting.size() != 1) {
            return Optional.empty();
        }
        WikidataItem item = fitting.get(0);
        var type = item.types().stream().filter(t -> mention.type().fits(t)).findFirst().orElseThrow();
        return Optional.of(new Link(item.qid(), item.label(), type, item.byLabel() ? BY_LABEL : BY_ALIAS,
                lookup.endpoint()));
    }

    /** The name as written, without a possessive, spacing tidied. */
    static String asWritten(String text) {
        return text.strip().replaceAll("(?:['’]s|(?<=s)['’])$", "").replaceAll("\\s+", " ").strip();
    }

    /** "the Pentagon" is labelled "Pentagon", "The Washington Post" keeps its "The": ask for both. */
    static List<String> variants(String name) {
        if (name.regionMatches(true, 0, "the ", 0, 4) && name.length() > 4) {
            String rest = name.substring(4).strip();
            return List.of(name, "The " + rest, rest).stream().distinct().toList();
        }
        return List.of(name);
    }

    int cachedNames() {
        return cache.size();
    }
}
