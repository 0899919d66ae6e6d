package org.dateline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dateline.link.EntityType;
import org.dateline.link.Gazetteer;
import org.dateline.link.GazetteerEntry;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.Mention;
import org.dateline.link.MentionType;
import org.dateline.link.ReportContext;
import org.dateline.link.ReportLinker;
import org.dateline.read.ReportDoc;
import org.dateline.read.SourceReader;
import org.dateline.understand.Understanding;

/**
 * Measures the offline link stage: the bundled gazetteer's load time and the heap it keeps, then
 * the cost of linking one mention (names drawn from the gazetteer, with their types, and unknown
 * names that find no candidate) and one report's metadata (publisher, dateline place, agency).
 * Run in a fresh JVM, so that the load is cold:
 *
 * <pre>java -cp target/dateline.jar org.dateline.bench.LinkBenchmark [mentions] [reports]</pre>
 */
public final class LinkBenchmark {

    private LinkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mentions = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;

        long heapBefore = usedHeapAfterGc();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.bundled();
        double loadMs = (System.nanoTime() - start) / 1e6;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("gazetteer: %d items loaded in %.0f ms (cold), %.1f MB of heap retained%n",
                gazetteer.size(), loadMs, (heapAfter - heapBefore) / 1e6);

        GazetteerLinker linker = new GazetteerLinker(gazetteer);
        List<Mention> sample = sample(gazetteer, new Random(42));
        ReportContext context = new ReportContext(List.of("Niger", "Niamey", "United States", "Russia", "Iran",
                "Vladimir Putin", "The Washington Post", "Ali Mahaman Lamine Zeine"), "Niamey");
        int linked = 0;
        for (int i = 0; i < Math.min(mentions, 20_000); i++) { // warm-up
            linked += linker.link(sample.get(i % sample.size()), context).isPresent() ? 1 : 0;
        }
        start = System.nanoTime();
        linked = 0;
        for (int i = 0; i < mentions; i++) {
            linked += linker.link(sample.get(i % sample.size()), context).isPresent() ? 1 : 0;
        }
        double perMentionUs = (System.nanoTime() - start) / 1e3 / mentions;
        System.out.printf("linking: %.1f µs per mention in a report of %d other names (%d mentions, %.0f%% linked)%n",
                perMentionUs, context.names().size(), mentions, 100.0 * linked / mentions);

        // A report as the understanding stage will hand it over: 40 mentions sharing one context.
        int reportsOf40 = Math.max(1, mentions / 40);
        start = System.nanoTime();
        for (int r = 0; r < reportsOf40; r++) {
            List<Mention> report = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Mention m = sample.get((r * 40 + i) % sample.size());
                report.add(m);
                names.add(m.text());
            }
            ReportContext shared = new ReportContext(names, null);
            for (Mention m : report) {
                linker.link(m, shared);
            }
        }
        System.out.printf("a report of 40 mentions: %.2f ms (%d reports)%n",
                (System.nanoTime() - start) / 1e6 / reportsOf40, reportsOf40);

        Path work = Files.createTempDirectory("dateline-link-bench");
        List<Path> files = new ReportGenerator(42).write(work.resolve("reports"), Math.min(reports, 500));
        List<ReportDoc> docs = new ArrayList<>();
        SourceReader reader = new SourceReader();
        for (Path file : files) {
            docs.addAll(reader.read(file));
        }
        ReportLinker reportLinker = new ReportLinker(linker);
        docs.forEach(doc -> reportLinker.link(doc, Understanding.EMPTY)); // warm-up
        start = System.nanoTime();
        for (int i = 0; i < reports; i++) {
            reportLinker.link(docs.get(i % docs.size()), Understanding.EMPTY);
        }
        System.out.printf("report metadata (publisher, dateline place, agency): %.1f µs per report (%d reports)%n",
                (System.nanoTime() - start) / 1e3 / reports, reports);
    }

    /** Names as a tagger would hand them over: items' labels and aliases, and names no item has. */
    private static List<Mention> sample(Gazetteer gazetteer, Random random) {
        List<GazetteerEntry> entries = new ArrayList<>(gazetteer.entries());
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            GazetteerEntry e = entries.get(random.nextInt(entries.size()));
            String name = e.aliases().isEmpty() || random.nextBoolean() ? e.label()
                    : e.aliases().get(random.nextInt(e.aliases().size()));
            mentions.add(Mention.of(name, typeOf(e.type())));
            mentions.add(Mention.of("Unknown Person " + i, MentionType.PERSON));
        }
        return mentions;
    }

    private static MentionType typeOf(EntityType type) {
        return switch (type) {
            case COUNTRY -> MentionType.COUNTRY;
            case PLACE -> MentionType.LOCATION;
            case ORGANIZATION -> MentionType.ORGANIZATION;
            case PERSON -> MentionType.PERSON;
        };
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
