package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.pipeline.ReportResult;
import org.dateline.pipeline.SourceFiles;

/**
 * The report files the job's paths name, in the order {@code ingest} takes them (paths as given,
 * folders walked in name order), so that the job and a single machine agree on which report came
 * first. Local paths are expanded as {@code ingest} expands them; other file systems through Hadoop.
 */
final class SourceList {

    private SourceList() {
    }

    /** @param files each file as a local path or a Hadoop URI; @param missing the paths that do not exist */
    record Listing(List<String> files, List<ReportResult> missing) {
    }

    static Listing expand(List<String> paths, Configuration conf) {
        List<String> files = new ArrayList<>();
        List<ReportResult> missing = new ArrayList<>();
        for (String path : paths) {
            if (isLocal(path)) {
                SourceFiles.Expansion expansion = SourceFiles.expand(List.of(localPath(path)));
                expansion.files().forEach(file -> files.add(file.toString()));
                missing.addAll(expansion.missing());
            } else {
                files.addAll(hadoopFiles(path, conf, missing));
            }
        }
        return new Listing(files, missing);
    }

    static boolean isLocal(String path) {
        String scheme = URI.create(path.replace(" ", "%20")).getScheme();
        return scheme == null || scheme.equals("file") || path.matches("^[A-Za-z]:\\\\.*");
    }

    static Path localPath(String path) {
        return path.startsWith("file:") ? Path.of(URI.create(path.replace(" ", "%20"))) : Path.of(path);
    }

    private static List<String> hadoopFiles(String path, Configuration conf, List<ReportResult> missing) {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(path);
        try {
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                missing.add(new ReportResult(path, org.dateline.pipeline.Status.REJECTED, null, "no such file or folder"));
                return List.of();
            }
            FileStatus status = fs.getFileStatus(root);
            if (status.isFile()) {
                return List.of(status.getPath().toString());
            }
            List<String> files = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            while (it.hasNext()) {
                org.apache.hadoop.fs.Path file = it.next().getPath();
                if (!file.getName().startsWith(".") && SourceFiles.isReportFile(file.getName())) {
                    files.add(file.toString());
                }
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }
}
