package org.dateline.cli;

import java.time.Clock;

import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.SourceReader;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;

/** Wires the stages of the pipeline together the way the commands use them. */
final class Stages {

    private Stages() {
    }

    static ReportProcessor processor(IriScheme iris, Understander understander, ReportLinker linker) {
        return new ReportProcessor(new SourceReader(), understander, linker,
                new ReportMapper(iris, Clock.systemUTC(), DatelineVersion.get()),
                ShapeValidator.bundled());
    }
}
