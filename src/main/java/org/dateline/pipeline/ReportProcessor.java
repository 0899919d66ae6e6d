package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.dateline.link.ReportLinker;
import org.dateline.map.ReportMapper;
import org.dateline.read.ReportReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.validate.ShapeValidator;

/** Read -> link -> map -> validate for one source file: the part of the pipeline that changes nothing. */
public final class ReportProcessor {

    private final ReportReader reader;
    private final ReportLinker linker;
    private final ReportMapper mapper;
    private final ShapeValidator validator;

    /** Without a link stage: every entity gets a slug IRI. */
    public ReportProcessor(ReportReader reader, ReportMapper mapper, ShapeValidator validator) {
        this(reader, ReportLinker.NONE, mapper, validator);
    }

    public ReportProcessor(ReportReader reader, ReportLinker linker, ReportMapper mapper, ShapeValidator validator) {
        this.reader = reader;
        this.linker = linker;
        this.mapper = mapper;
        this.validator = validator;
    }

    public List<ProcessedReport> process(Path file) throws UnreadableSourceException {
        return reader.read(file).stream()
                .map(doc -> {
                    var mapped = mapper.map(doc, linker.link(doc));
                    return new ProcessedReport(doc, mapped, validator.validate(mapped));
                })
                .toList();
    }
}
