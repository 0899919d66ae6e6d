package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into source files: files as given, folders walked
 * for report files (.txt, .md, .markdown, .html, .htm, .json, .jsonld; hidden files skipped), in
 * name order.
 */
public final class SourceFiles {

    private static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "json", "jsonld");

    /** @param files the files found; @param missing paths that do not exist, each with its reason */
    public record Expansion(List<Path> files, List<ReportResult> missing) {
    }

    private SourceFiles() {
    }

    public static Expansion expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ReportResult> missing = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                missing.add(new ReportResult(path.toString(), Status.REJECTED, null, "no such file or folder"));
            }
        }
        return new Expansion(files, missing);
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> isReportFile(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Whether a file of this name is read when its folder is walked (also for folders on other file systems). */
    public static boolean isReportFile(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
