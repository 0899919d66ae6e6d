package org.dateline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.io.file.PathUtils;
import org.dateline.evaluate.Corpus;
import org.dateline.evaluate.Evaluation;
import org.dateline.evaluate.EvaluationReport;
import org.dateline.link.Gazetteer;
import org.dateline.read.SourceReader;
import org.dateline.understand.RuleBasedUnderstander;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "evaluate",
        description = "Measure the pipeline (read, understand with the language engine, link) on news annotated by "
                + "others, and print precision, recall and F1 per layer: named mentions, links, dates, quotations, "
                + "speakers. PATH is a MEANTIME folder or file (CAT XML), a GUM folder (xml/ and tsv/) or file, or a "
                + "gold TSV file of your own (file, layer, text, value; see README).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "1:some document could not be read", "2:usage error (a PATH that holds no "
                + "annotated document, a gold file not in the format)"})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Annotated documents: a corpus folder or file, or a gold .tsv file.")
    List<Path> paths;

    @Option(names = "--misses", description = "Also print every error: each gold item missed ('miss'), each item found "
            + "that the gold does not hold ('extra'), each found with another value ('wrong').")
    boolean misses;

    @Option(names = "--texts", paramLabel = "DIR", description = "Where the reports a gold .tsv file names are "
            + "(default: the gold file's folder).")
    Path texts;

    @Option(names = "--manifest", paramLabel = "FILE", description = "A manifest TSV (id, split, ...): with --split, "
            + "only its reports of that split are evaluated.")
    Path manifest;

    @Option(names = "--split", paramLabel = "NAME", description = "The split of the manifest to evaluate (e.g. dev).")
    String split;

    @Mixin
    LinkOptions link;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() throws IOException {
        Set<String> keep = keep();
        List<Corpus> corpora = new ArrayList<>();
        for (Path path : paths) {
            try {
                corpora.add(Corpus.load(path, texts, keep));
            } catch (IOException e) {
                throw new UsageError(e.getMessage());
            }
        }
        PrintStream out = parent.out();
        PrintStream err = parent.err();
        Evaluation evaluation = new Evaluation(new SourceReader(), RuleBasedUnderstander.withCoreNlp(),
                link.reportLinker(null, err), Gazetteer.bundled().withFiles(link.gazetteers));
        Path work = Files.createTempDirectory("dateline-evaluate");
        boolean allRead = true;
        try {
            for (Corpus corpus : corpora) {
                int[] done = {0};
                Evaluation.Result result = evaluation.run(corpus, work, id -> {
                    if (System.console() != null) {
                        err.print("\r" + (++done[0]) + "/" + corpus.sources().size() + " " + id + "\u001b[K");
                    }
                });
                if (System.console() != null) {
                    err.print("\r\u001b[K");
                }
                EvaluationReport.print(result, misses, out);
                allRead &= result.failures().isEmpty();
            }
        } finally {
            PathUtils.deleteDirectory(work);
        }
        return allRead ? 0 : 1;
    }

    /** The ids of the manifest's split; null for every document. */
    private Set<String> keep() throws IOException {
        if (manifest == null && split == null) {
            return null;
        }
        if (manifest == null || split == null) {
            throw new UsageError("--manifest and --split go together");
        }
        Set<String> ids = new HashSet<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageError("cannot read the manifest " + manifest + ": " + e.getMessage());
        }
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] columns = line.split("\t");
            if (columns.length > 1 && columns[1].strip().equals(split)) {
                ids.add(columns[0].strip());
            }
        }
        if (ids.isEmpty()) {
            throw new UsageError("no report of split '" + split + "' in " + manifest);
        }
        return ids;
    }
}
