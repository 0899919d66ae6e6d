package org.dateline.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.dateline.link.Gazetteer;
import org.dateline.link.ReportLinker;
import org.dateline.link.ReportLinks;
import org.dateline.read.ReportDoc;
import org.dateline.read.ReportReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;

/**
 * Runs the read, understand and link stages on annotated documents and compares what they find with
 * the gold, layer by layer. Thread-confined: one run at a time.
 */
public final class Evaluation {

    private final ReportReader reader;
    private final Understander understander;
    private final ReportLinker linker;
    private final TitleMatcher titles;

    /**
     * @param gazetteer the gazetteer the linker uses, to tell which gold items it could have linked
     */
    public Evaluation(ReportReader reader, Understander understander, ReportLinker linker, Gazetteer gazetteer) {
        this.reader = reader;
        this.understander = understander;
        this.linker = linker;
        this.titles = new TitleMatcher(gazetteer);
    }

    /** The figures of one run. */
    public record Result(String name, int documents, Map<String, Tally> tallies, List<String> failures,
            List<String> lost, long millis) {
    }

    /**
     * Evaluates every document of a corpus or gold file.
     *
     * @param work     a folder for the report files corpus documents are written as
     * @param progress told each document's id as it starts
     */
    public Result run(Corpus corpus, Path work, Consumer<String> progress) {
        long start = System.nanoTime();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Scorer.LAYERS.forEach(layer -> tallies.put(layer, new Tally(layer)));
        Scorer scorer = new Scorer(tallies, titles);
        List<String> failures = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int documents = 0;
        for (GoldSource source : corpus.sources()) {
            progress.accept(source.id());
            ReportDoc doc;
            try {
                List<ReportDoc> docs = reader.read(source.report(work));
                if (docs.isEmpty()) {
                    failures.add(source.id() + ": the reader found no report");
                    continue;
                }
                doc = docs.get(0);
            } catch (UnreadableSourceException e) {
                failures.add(source.id() + ": " + e.reason());
                continue;
            } catch (IOException e) {
                failures.add(source.id() + ": " + e.getMessage());
                continue;
            }
            Understanding understanding = understander.understand(doc);
            ReportLinks links = linker.link(doc, understanding);
            GoldDocument gold = source.gold(doc);
            List<String> lostHere = new ArrayList<>();
            Alignment alignment = Alignment.of(gold, doc.body());
            GoldDocument inBody = alignment.apply(gold, doc.body(), lostHere);
            lostHere.forEach(line -> lost.add(source.id() + "  " + line));
            UserGold.unplaced(source).forEach(lost::add);
            scorer.score(inBody, new Prediction(doc.body(), understanding, links));
            documents++;
        }
        tallies.values().removeIf(Tally::isEmpty);
        return new Result(corpus.name(), documents, tallies, failures, lost, (System.nanoTime() - start) / 1_000_000);
    }
}
