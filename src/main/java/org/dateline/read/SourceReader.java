package org.dateline.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The read stage for files on disk: scraped text and markdown ({@code .txt}, {@code .md},
 * {@code .markdown} and any other text), saved web pages ({@code .html}, {@code .htm}, or text
 * that starts like HTML) and JSON ({@code .json}, {@code .jsonld}, or text that starts like a JSON
 * object or list of objects): WordPress REST API posts and schema.org articles. Text may be UTF-8
 * or UTF-16 with a byte order mark. Every refusal is an {@link UnreadableSourceException} with a
 * one-line reason, so a batch run can report bad files and go on.
 */
public final class SourceReader implements ReportReader {

    /** 10 MB: far above any news report, low enough that a stray dump is not read into memory. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;
    private static final Pattern JSON_START = Pattern.compile("\\s*(?:\\{|\\[\\s*[{\\]])");

    private final long maxBytes;
    private final TextReportParser text;
    private final HtmlReportParser html;
    private final JsonReportParser json;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file read as one source; larger files are refused unread */
    public SourceReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        ReportAssembler assembler = new ReportAssembler(Boilerplate.standard(), AgencyDirectory.standard());
        this.text = new TextReportParser(assembler);
        this.html = new HtmlReportParser(assembler);
        this.json = new JsonReportParser(assembler);
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public List<ReportDoc> read(Path file) throws UnreadableSourceException {
        return parse(file, file.toAbsolutePath().normalize().toUri().toString(), load(file));
    }

    /**
     * Reads a source fetched from elsewhere (another file system) into memory.
     *
     * @param file  names the source, in its reports and in messages
     * @param uri   the source's IRI
     * @param bytes its content, at most one byte over {@link #maxBytes()} (more is not needed to refuse it)
     */
    public List<ReportDoc> read(Path file, String uri, byte[] bytes) throws UnreadableSourceException {
        if (bytes.length > maxBytes) {
            throw new UnreadableSourceException(file, "file is over the " + size(maxBytes, true) + " limit for one report");
        }
        try {
            return parse(file, uri, SourceText.decode(bytes));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSourceException(file, e.getMessage());
        }
    }

    private List<ReportDoc> parse(Path file, String uri, String content) throws UnreadableSourceException {
        if (isJson(file, content)) {
            return json.parse(file, uri, content);
        }
        if (isHtml(file, content)) {
            return html.parse(file, uri, content);
        }
        String structural = NewsReportCheck.structuralReason(content);
        if (structural != null) {
            throw new UnreadableSourceException(file, "not a news report: " + structural);
        }
        return text.parse(file, uri, content);
    }

    /** The file's decoded text, after the checks that need no parsing. */
    private String load(Path file) throws UnreadableSourceException {
        if (!Files.exists(file)) {
            throw new UnreadableSourceException(file, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new UnreadableSourceException(file, "a directory, not a file");
        }
        byte[] bytes;
        try {
            // The size is checked before reading so that a huge file costs nothing.
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size);
            }
            if (!Files.isReadable(file)) {
                throw new UnreadableSourceException(file, "cannot read file: permission denied");
            }
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte past the limit: the file may have grown since.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw tooLarge(file, Files.size(file));
            }
        } catch (AccessDeniedException e) {
            throw new UnreadableSourceException(file, "cannot read file: permission denied");
        } catch (NoSuchFileException e) {
            throw new UnreadableSourceException(file, "no such file");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableSourceException(file, "cannot read file: " + why.replace('\n', ' '));
        }
        try {
            return SourceText.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSourceException(file, e.getMessage());
        }
    }

    private UnreadableSourceException tooLarge(Path file, long size) {
        return new UnreadableSourceException(file,
                "file is " + size(size, false) + ", over the " + size(maxBytes, true) + " limit for one report");
    }

    /** "50.0 MB" for sizes, "10 MB" for a limit in whole megabytes. */
    private static String size(long bytes, boolean limit) {
        if (bytes >= MB) {
            return limit && bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB);
        }
        if (bytes >= KB) {
            return limit && bytes % KB == 0 ? bytes / KB + " KB" : String.format(Locale.ROOT, "%.1f KB", (double) bytes / KB);
        }
        return bytes + " bytes";
    }

    private static boolean isJson(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            return true;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return false;
        }
        // An API response saved as .txt or without an extension: "{" never opens a report, and
        // "[" opens markdown links but not "[{".
        return JSON_START.matcher(content).lookingAt();
    }

    private static boolean isHtml(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        // Any other file (.txt, .md, no extension) is scraped text, unless it starts like a page:
        // pages are often saved with the wrong extension.
        return startsLikeHtml(content);
    }

    private static boolean startsLikeHtml(String content) {
        String start = content.stripLeading();
        start = start.substring(0, Math.min(start.length(), 20)).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
