package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.dateline.map.ReportMapper;
import org.dateline.read.ReportReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;

/** Read -> understand -> map -> validate for one source file: the part of the pipeline that changes nothing. */
public final class ReportProcessor {

    private final ReportReader reader;
    private final Understander understander;
    private final ReportMapper mapper;
    private final ShapeValidator validator;

    public ReportProcessor(ReportReader reader, Understander understander, ReportMapper mapper, ShapeValidator validator) {
        this.reader = reader;
        this.understander = understander;
        this.mapper = mapper;
        this.validator = validator;
    }

    public List<ProcessedReport> process(Path file) throws UnreadableSourceException {
        return reader.read(file).stream()
                .map(doc -> {
                    var mapped = mapper.map(doc, understander.understand(doc));
                    return new ProcessedReport(doc, mapped, validator.validate(mapped));
                })
                .toList();
    }
}
