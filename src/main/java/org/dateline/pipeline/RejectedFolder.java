package org.dateline.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.dateline.map.IriScheme;
import org.dateline.map.MappedReport;

/**
 * Where reports that cannot be stored are set aside, next to the store: one folder per report
 * holding a copy of its source, {@code reason.txt}, and for reports that failed validation the
 * SHACL report ({@code validation.ttl}) and the graphs that were refused ({@code report.trig}).
 */
public final class RejectedFolder {

    /** Sources larger than this are not copied (the reader refuses them anyway). */
    private static final long MAX_COPY_BYTES = 10L * 1024 * 1024;

    private final Path root;
    private final IriScheme iris;

    public RejectedFolder(Path root, IriScheme iris) {
        this.root = root;
        this.iris = iris;
    }

    /** The folder beside a store: {@code dateline-db} keeps its rejects in {@code dateline-db-rejected}. */
    public static Path besideStore(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-rejected");
    }

    public Path root() {
        return root;
    }

    /** Sets aside a source that could not be read. Returns the folder written. */
    public Path unreadable(Path source, String reason) {
        Path folder = folderFor(source, 0);
        write(folder.resolve("reason.txt"), source + ": " + reason + copySource(source, folder));
        return folder;
    }

    /** Sets aside a report that failed validation. Returns the folder written. */
    public Path invalid(Path source, ProcessedReport report) {
        Path folder = folderFor(source, report.doc().source().position());
        write(folder.resolve("reason.txt"), source + " (report " + report.doc().source().position() + "): "
                + String.join(System.lineSeparator(), report.validation().problems()) + copySource(source, folder));
        try (OutputStream out = Files.newOutputStream(folder.resolve("validation.ttl"))) {
            RDFDataMgr.write(out, report.validation().report(), Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeGraphs(folder.resolve("report.trig"), report.mapped());
        return folder;
    }

    private void writeGraphs(Path file, MappedReport mapped) {
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(mapped.reportIri(), mapped.graph());
        dataset.addNamedModel(iris.entitiesGraph(), mapped.entities());
        dataset.getPrefixMapping().setNsPrefixes(mapped.graph());
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dataset, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the source beside the reason; returns a note for the reason when it was not copied. */
    private static String copySource(Path source, Path folder) {
        try {
            if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
                return System.lineSeparator() + "(source not copied: not a readable file)";
            }
            if (Files.size(source) > MAX_COPY_BYTES) {
                return System.lineSeparator() + "(source not copied: too large)";
            }
            Files.copy(source, folder.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return "";
        } catch (IOException e) {
            return System.lineSeparator() + "(source not copied: " + e.getMessage() + ")";
        }
    }

    /** One folder per source file and position, stable so that a report rejected again replaces its entry. */
    private Path folderFor(Path source, int position) {
        Path absolute = source.toAbsolutePath().normalize();
        String hash = HexFormat.of().toHexDigits(absolute.toString().hashCode());
        String name = absolute.getFileName() + (position > 0 ? "-" + position : "") + "-" + hash;
        Path folder = root.resolve(name);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        return folder;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
