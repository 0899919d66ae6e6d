package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dateline.map.IriScheme;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.UnreadableSourceException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "validate", description = "Map the reports and validate them against the SHACL shapes; "
        + "print a line per report, its violations and warnings, and the SHACL report of those that fail. "
        + "Changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report conforms (perhaps with warnings: what it lacks, such as a headline)",
                "1:some report does not conform or cannot be read",
                "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--report", description = "Print the full SHACL validation report (Turtle) of every report, "
            + "also of those that conform.")
    boolean fullReport;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files.")
    List<Path> files;

    @Mixin
    NlpOption nlp;

    @Mixin
    LinkOptions link;

    @ParentCommand
    DatelineCommand parent;

    @Override
    public Integer call() {
        ReportProcessor processor = Stages.processor(new IriScheme(base), nlp.understander(),
                link.reportLinker(null, parent.err()));
        PrintStream out = parent.out();
        boolean allConform = true;
        for (Path file : files) {
            try {
                for (ProcessedReport report : processor.process(file)) {
                    boolean conforms = report.validation().conforms();
                    allConform &= conforms;
                    String warnings = report.validation().warningNote();
                    out.println((conforms ? "conforms  " : "fails  ") + report.sourceLabel(false)
                            + "  " + report.mapped().reportIri() + (warnings.isEmpty() ? "" : "  " + warnings));
                    report.validation().problems().forEach(problem -> out.println("  " + problem));
                    report.validation().warnings().forEach(warning -> out.println("  warning: " + warning.message()));
                    if (fullReport || !conforms) {
                        RDFDataMgr.write(out, report.validation().report(), RDFFormat.TURTLE_PRETTY);
                    }
                }
            } catch (UnreadableSourceException e) {
                allConform = false;
                out.println("unreadable  " + file + ": " + e.reason());
            }
        }
        return allConform ? 0 : 1;
    }
}
