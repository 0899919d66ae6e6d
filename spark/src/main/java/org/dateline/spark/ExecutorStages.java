package org.dateline.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.dateline.cli.DatelineVersion;
import org.dateline.link.Gazetteer;
import org.dateline.link.KnownPeople;
import org.dateline.link.GazetteerLinker;
import org.dateline.link.Linker;
import org.dateline.link.ReportLinker;
import org.dateline.map.IriScheme;
import org.dateline.map.ReportMapper;
import org.dateline.pipeline.ReportProcessor;
import org.dateline.pipeline.SourceResult;
import org.dateline.read.SourceReader;
import org.dateline.read.UnreadableSourceException;
import org.dateline.understand.RuleBasedUnderstander;
import org.dateline.understand.Understander;
import org.dateline.validate.ShapeValidator;

/**
 * The stages of the pipeline in one executor JVM: the language engine (a 20 s model load and a
 * few GB) and the gazetteer are loaded once, by the first task that needs them, and shared by the
 * tasks running in the JVM, as {@code ingest} shares them between its threads.
 */
final class ExecutorStages {

    private static ExecutorStages current;
    /** The language engine, kept across jobs in the JVM (a test or benchmark runs several). */
    private static Understander languageEngine;

    private final JobOptions options;
    private final SourceReader reader = new SourceReader();
    private final Understander understander;
    private final Linker linker;
    private final ReportMapper mapper;
    private final ShapeValidator validator = ShapeValidator.bundled();

    private ExecutorStages(JobOptions options) {
        this.options = options;
        this.understander = options.nlp() ? languageEngine() : Understander.NONE;
        this.linker = new GazetteerLinker(Gazetteer.bundled()
                .withFiles(options.gazetteers().stream().map(Path::of).toList()));
        this.mapper = new ReportMapper(new IriScheme(options.base()),
                Clock.fixed(Instant.parse(options.generatedAt()), ZoneOffset.UTC), DatelineVersion.get());
    }

    private static Understander languageEngine() {
        if (languageEngine == null) {
            languageEngine = RuleBasedUnderstander.withCoreNlp();
        }
        return languageEngine;
    }

    /** The stages for {@code options}, made by the first task of the JVM (again only when a job asks for others). */
    static synchronized ExecutorStages get(JobOptions options) {
        if (current == null || !current.options.equals(options)) {
            current = new ExecutorStages(options);
        }
        return current;
    }

    /** A source taken through the pipeline, and the unlinked people with roles its memory met, in order. */
    record Processed(SourceResult result, List<MetPerson> met) {
    }

    /**
     * Takes one source through the pipeline. Each source gets its own link-stage memory of unlinked
     * people, starting with {@code earlier} (the people of earlier files one machine would have
     * matched, see {@link PeopleReplay}), so that what a report becomes does not depend on the
     * reports its task met before.
     */
    Processed process(String source, List<MetPerson> earlier) {
        KnownPeople known = KnownPeople.journaled();
        earlier.forEach(person -> known.remember(person.name(), person.roleKeys()));
        ReportProcessor processor = new ReportProcessor(reader, understander, new ReportLinker(linker, known), mapper, validator);
        SourceResult result;
        if (SourceList.isLocal(source)) {
            result = SourceResult.of(processor::process, SourceList.localPath(source));
        } else {
            // On another file system (HDFS, S3...) the file is read into memory, no further than the size limit.
            org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(source);
            Path named = Path.of(hadoopPath.getName());
            result = SourceResult.of(file -> processor.process(readRemote(hadoopPath, named)), Path.of(source));
        }
        // A person without a role is never matched nor remembered: the replay need not see them.
        return new Processed(result, known.queries().stream().filter(query -> !query.roles().isEmpty())
                .map(query -> MetPerson.of(query.name(), query.roles())).toList());
    }

    private List<org.dateline.read.ReportDoc> readRemote(org.apache.hadoop.fs.Path path, Path named)
            throws UnreadableSourceException {
        try {
            FileSystem fs = path.getFileSystem(new Configuration());
            byte[] bytes;
            try (InputStream in = fs.open(path)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxBytes() + 1));
            }
            return reader.read(named, path.toUri().toString(), bytes);
        } catch (IOException e) {
            throw new UnreadableSourceException(named, "cannot read file: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }
}
