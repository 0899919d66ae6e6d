package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.dateline.link.ReportLinker;
import org.dateline.map.ReportMapper;
import org.dateline.read.ReportDoc;
import org.dateline.read.ReportReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.dateline.validate.ValidationOutcome;
import org.dateline.validate.WarningGraph;

/**
 * Read -> understand -> link -> map -> validate for one source file: the part of the pipeline that
 * changes nothing. A report's warnings (what it lacks) are added to its graph, to be stored with it.
 */
public final class ReportProcessor {

    private final ReportReader reader;
    private final Understander understander;
    private final ReportLinker linker;
    private final ReportMapper mapper;
    private final ShapeValidator validator;

    public ReportProcessor(ReportReader reader, Understander understander, ReportLinker linker, ReportMapper mapper,
            ShapeValidator validator) {
        this.reader = reader;
        this.understander = understander;
        this.linker = linker;
        this.mapper = mapper;
        this.validator = validator;
    }

    public List<ProcessedReport> process(Path file) throws UnreadableSourceException {
        return process(reader.read(file));
    }

    /** The stages after reading, for reports read some other way (from another file system). */
    public List<ProcessedReport> process(List<ReportDoc> docs) {
        return docs.stream()
                .map(doc -> {
                    Understanding understanding = understander.understand(doc);
                    var mapped = mapper.map(doc, understanding, linker.link(doc, understanding));
                    ValidationOutcome validation = validator.validate(mapped);
                    return new ProcessedReport(doc, WarningGraph.keep(mapped, validation.warnings()), validation,
                            understanding.notes());
                })
                .toList();
    }
}
