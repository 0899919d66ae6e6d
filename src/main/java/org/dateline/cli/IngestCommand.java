package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dateline.store.ReportStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "ingest", description = "Read report files and folders into the store: a line per report, "
        + "a summary at the end. Reports that cannot be read or do not validate are set aside with their reason.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report was stored (or already was)", "1:some report or file was set aside",
                "2:usage error"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    NlpOption nlp;

    @Mixin
    LinkOptions link;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files (.txt, .md, .html) or folders of them.")
    List<Path> paths;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        try (ReportStore reports = store.open("ingest")) {
            boolean allStored = IngestRun.run(paths, reports, store.db, store.iris(), nlp.understander(),
                    link.reportLinker(reports, LinkOptions.besideStore(store.db), parent.err()),
                    parent.out(), parent.err());
            return allStored ? 0 : 1;
        }
    }
}
