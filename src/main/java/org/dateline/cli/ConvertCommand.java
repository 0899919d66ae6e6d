package org.dateline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dateline.map.IriScheme;
import org.dateline.pipeline.Ingestor;
import org.dateline.pipeline.ProcessedReport;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.UnreadableSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(mixinStandardHelpOptions = true, name = "convert", description = "Print the RDF of the given reports on stdout, without a store: "
        + "each report's named graph and the descriptions of the entities it refers to.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every report converted and conforms to the shapes (warnings, such as a missing headline, "
                + "are named on stderr and kept in the output)",
                "1:some file could not be read or processed, or some report does not conform (see stderr)", "2:usage error"})
final class ConvertCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ConvertCommand.class);

    enum Format {
        trig(RDFFormat.TRIG_PRETTY), turtle(RDFFormat.TURTLE_PRETTY), nquads(RDFFormat.NQUADS),
        jsonld(RDFFormat.JSONLD11);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    @Option(names = "--format", defaultValue = "trig",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; turtle merges the graphs).")
    Format format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base of the IRIs minted (default: ${DEFAULT-VALUE}).")
    String base;

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
        IriScheme iris = new IriScheme(base);
        ReportProcessor processor = Stages.processor(iris, nlp.understander(), link.reportLinker(null, parent.err()));
        return convert(processor, iris, parent.out(), parent.err());
    }

    /**
     * Converts {@link #files} with these stages, writing the RDF of every report that could be made
     * to {@code out}. A file that cannot be read, or that breaks a stage (a fault of ours, not of the
     * file), is one line on {@code err}, and the other files go on.
     *
     * @return the exit code: 0 when every report was converted and conforms, else 1
     */
    int convert(ReportProcessor processor, IriScheme iris, PrintStream out, PrintStream err) {
        Dataset dataset = DatasetFactory.create();
        boolean allGood = true;
        for (Path file : files) {
            try {
                for (ProcessedReport report : processor.process(file)) {
                    dataset.addNamedModel(report.mapped().reportIri(), report.mapped().graph());
                    dataset.getNamedModel(iris.entitiesGraph()).add(report.mapped().entities());
                    dataset.getPrefixMapping().setNsPrefixes(report.mapped().graph());
                    report.notes().forEach(note -> err.println(file + ": " + note));
                    if (!report.validation().conforms()) {
                        allGood = false;
                        err.println(file + ": " + report.validation().summary());
                    } else if (!report.validation().warnings().isEmpty()) {
                        err.println(file + ": ok " + report.validation().warningNote());
                    }
                }
            } catch (UnreadableSourceException e) {
                allGood = false;
                err.println(file + ": " + e.reason());
            } catch (RuntimeException e) {
                // A bug to report, said as ingest says it; the stack trace only in the debug log.
                allGood = false;
                LOG.debug("could not process {}", file, e);
                err.println(file + ": " + Ingestor.faultReason(e));
            }
        }
        if (format == Format.turtle) {
            RDFDataMgr.write(out, dataset.getUnionModel().setNsPrefixes(dataset.getPrefixMapping()), format.rdf);
        } else if (format == Format.nquads) {
            RDFDataMgr.write(out, dataset, Lang.NQUADS);
        } else {
            RDFDataMgr.write(out, dataset, format.rdf);
        }
        out.flush();
        return allGood ? 0 : 1;
    }
}
