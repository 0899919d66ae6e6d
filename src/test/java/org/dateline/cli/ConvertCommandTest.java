package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dateline.TestReports;
import org.dateline.link.ReportLinker;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.read.SourceReader;
import org.dateline.understand.Understander;
import org.dateline.understand.Understanding;
import org.dateline.validate.ShapeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** convert when a report breaks a stage: one line naming the file, the other files converted, exit 1. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatBreaksAStageIsOneLineToReportAndTheOtherFilesAreConverted() throws Exception {
        Path a = Files.copy(Path.of("examples/chad-french-troops.txt"), dir.resolve("a.txt"));
        Path b = Files.copy(Path.of("examples/us-delegation-niamey.txt"), dir.resolve("b.txt"));
        Path c = Files.copy(Path.of("examples/niger-iran-talks.md"), dir.resolve("c.md"));
        // A fault of ours injected into the understand stage, for b.txt only.
        Understander failing = doc -> {
            if (doc.source().name().equals("b.txt")) {
                throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"pk\" is null");
            }
            return Understanding.EMPTY;
        };
        ConvertCommand convert = new ConvertCommand();
        convert.files = List.of(a, b, c);
        convert.format = ConvertCommand.Format.trig;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = convert.convert(new ReportProcessor(new SourceReader(), failing, ReportLinker.NONE, TestReports.MAPPER,
                ShapeValidator.bundled()), TestReports.IRIS, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertEquals(List.of(b + ": could not be processed (java.lang.NullPointerException: Cannot invoke "
                + "\"Object.hashCode()\" because \"pk\" is null); please report this"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
        Dataset converted = DatasetFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(converted);
        // a.txt's and c.md's reports, and the entities graph.
        assertEquals(3, count(converted));
        assertFalse(converted.getUnionModel().isEmpty());
    }

    private static int count(Dataset dataset) {
        int n = 0;
        for (var names = dataset.listModelNames(); names.hasNext(); names.next()) {
            n++;
        }
        return n;
    }
}
