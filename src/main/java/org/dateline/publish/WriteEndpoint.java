package org.dateline.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

/**
 * The write endpoint, present only when the server was given a token: {@code POST
 * /dateline/reports} takes one report file (the body as text, markdown, HTML or JSON, or a
 * multipart upload) and answers 201 with the IRIs of its reports and what became of each, or 422
 * with the reason it was set aside (and the SHACL report); {@code DELETE} of a report's IRI removes
 * the report.
 *
 * <p>Every write needs {@code Authorization: Bearer TOKEN} (401 without, 403 with another) and
 * must come over HTTPS or from this machine, where a token cannot be read off the network (403
 * otherwise). Bodies are limited in size (413), and only a few files are processed at once, so
 * that posts cannot exhaust memory; the rest wait their turn, and past a minute are told to retry
 * (503).
 */
final class WriteEndpoint {

    static final String PATH = DatelineServer.DATASET_PATH + "/reports";
    /** How long a posted report waits for the writer before it is answered 503. */
    static final Duration WRITER_WAIT = Duration.ofSeconds(60);
    private static final Map<String, String> EXTENSIONS = Map.of("text/plain", "txt", "text/markdown", "md",
            "text/x-markdown", "md", "text/html", "html", "application/xhtml+xml", "html", "application/json", "json",
            "application/ld+json", "jsonld");
    private static final List<String> FILE_EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm", "json", "jsonld");
    private static final int MAX_NAME = 100;
    /** How much of a body refused for its size is read and dropped so that the refusal is heard. */
    private static final long DISCARD_LIMIT = 64L << 20;

    private final ReportIntake intake;
    private final WriteToken token;
    private final long maxBytes;
    private final Site site;
    private final Semaphore working;

    WriteEndpoint(ReportIntake intake, WriteToken token, long maxBytes, Site site) {
        this.intake = intake;
        this.token = token;
        this.maxBytes = maxBytes;
        this.site = site;
        this.working = new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);
    }

    HttpServlet reportsServlet() {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                if (authorized(req, resp)) {
                    post(req, resp);
                }
            }
        };
    }

    /** In front of the report pages: a DELETE on a report's IRI removes it; every other request passes. */
    Filter deleteFilter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletRequest req = (HttpServletRequest) request;
                HttpServletResponse resp = (HttpServletResponse) response;
                if (!"DELETE".equals(req.getMethod())) {
                    chain.doFilter(request, response);
                } else if (authorized(req, resp)) {
                    delete(req, resp);
                }
            }
        };
    }

    /** Answers 403 or 401 and returns false unless the request may write. */
    private boolean authorized(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.isSecure() && !isLoopback(req.getRemoteAddr())) {
            problem(resp, HttpServletResponse.SC_FORBIDDEN, "writes are taken over HTTPS or from this machine only");
            return false;
        }
        String authorization = req.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"dateline\"");
            problem(resp, HttpServletResponse.SC_UNAUTHORIZED, "a bearer token is required (Authorization: Bearer TOKEN)");
            return false;
        }
        if (!token.matches(authorization.substring(7).strip())) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"dateline\", error=\"invalid_token\"");
            problem(resp, HttpServletResponse.SC_FORBIDDEN, "the bearer token is not the server's");
            return false;
        }
        return true;
    }

    private static boolean exceedsLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void post(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getContentLengthLong() > maxBytes) {
            refuseTooLarge(req, resp);
            return;
        }
        String contentType = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = contentType.startsWith("multipart/form-data");
        Upload upload;
        try {
            upload = multipart ? multipart(req) : body(req, contentType);
        } catch (TooLarge e) {
            if (!multipart) {
                discardBody(req);
            }
            tooLarge(resp);
            return;
        } catch (RuntimeException | ServletException e) {
            // Jetty refuses a multipart body over the limits with "max length exceeded" deep in the causes.
            if (exceedsLimit(e)) {
                tooLarge(resp);
            } else {
                problem(resp, HttpServletResponse.SC_BAD_REQUEST, "not a readable multipart upload: " + e.getMessage());
            }
            return;
        }
        if (upload == null) {
            problem(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send the report as text/plain, text/markdown, "
                    + "text/html or application/json, or as a multipart/form-data upload with a part named file");
            return;
        }
        try {
            if (!working.tryAcquire(WRITER_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                resp.setHeader("Retry-After", "10");
                problem(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy with other reports: try again shortly");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is stopping");
            return;
        }
        List<ReportIntake.Received> received;
        try {
            received = intake.ingest(save(upload));
        } finally {
            working.release();
        }
        answer(resp, received);
    }

    /** A received file: its bytes and the name it is kept under. */
    private record Upload(byte[] bytes, String name) {
    }

    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private Upload body(HttpServletRequest req, String contentType) throws IOException, TooLarge {
        String mediaType = contentType.split(";")[0].strip();
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null) {
            return null;
        }
        byte[] bytes = readAtMost(req.getInputStream());
        String name = req.getParameter("name") != null ? req.getParameter("name") : req.getHeader("Slug");
        return new Upload(bytes, fileName(name, extension, bytes));
    }

    private Upload multipart(HttpServletRequest req) throws IOException, ServletException, TooLarge {
        Path spool = intake.uploads().resolve(".incoming");
        Files.createDirectories(spool);
        req.setAttribute("org.eclipse.jetty.multipartConfig",
                new MultipartConfigElement(spool.toString(), maxBytes, maxBytes, (int) Math.min(maxBytes, 1 << 20)));
        Part part = req.getPart("file");
        if (part == null) {
            part = req.getParts().stream().filter(p -> p.getSubmittedFileName() != null).findFirst().orElse(null);
        }
        if (part == null) {
            return null;
        }
        String mediaType = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip();
        String extension = extensionOf(part.getSubmittedFileName());
        if (extension == null) {
            extension = EXTENSIONS.getOrDefault(mediaType, "txt");
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = readAtMost(in);
        } finally {
            part.delete();
        }
        return new Upload(bytes, fileName(part.getSubmittedFileName(), extension, bytes));
    }

    private byte[] readAtMost(InputStream in) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            total += n;
            if (total > maxBytes) {
                throw new TooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The name a received file is kept under: the client's (from {@code ?name=}, a Slug header or
     * the upload's file name), made safe, so that posting a changed version under the same name
     * replaces the earlier report as re-ingesting a changed file does; without a name, one made
     * from the content, so that posting the same text twice changes nothing.
     */
    private static String fileName(String requested, String extension, byte[] bytes) {
        String base = requested == null ? "" : requested.substring(Math.max(requested.lastIndexOf('/'),
                requested.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        if (base.length() > MAX_NAME) {
            base = base.substring(base.length() - MAX_NAME);
        }
        if (base.isEmpty()) {
            base = "posted-" + HexFormat.of().formatHex(sha256(bytes), 0, 8);
        }
        return extensionOf(base) != null ? base : base + "." + extension;
    }

    private static String extensionOf(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return FILE_EXTENSIONS.contains(extension) ? extension : null;
    }

    /** Keeps the file in the uploads folder, written whole before it is moved in place. */
    private Path save(Upload upload) throws IOException {
        Path folder = Files.createDirectories(intake.uploads());
        Path file = folder.resolve(upload.name());
        Path tmp = Files.createTempFile(folder, ".upload", ".tmp");
        try {
            Files.write(tmp, upload.bytes());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    private static void answer(HttpServletResponse resp, List<ReportIntake.Received> received) throws IOException {
        boolean anyStored = received.stream().anyMatch(ReportIntake.Received::stored);
        JsonArray reports = new JsonArray();
        for (ReportIntake.Received report : received) {
            JsonObject json = new JsonObject();
            if (report.iri() != null) {
                json.put("iri", report.iri());
            }
            json.put("status", report.status());
            if (report.detail() != null) {
                json.put(report.stored() ? "note" : "reason", report.detail());
            }
            if (report.validation() != null) {
                StringWriter turtle = new StringWriter();
                RDFDataMgr.write(turtle, report.validation(), Lang.TURTLE);
                json.put("validation", turtle.toString());
            }
            reports.add(json);
        }
        JsonObject body = new JsonObject();
        body.put("reports", reports);
        if (anyStored) {
            received.stream().filter(ReportIntake.Received::stored).findFirst()
                    .ifPresent(first -> resp.setHeader("Location", first.iri()));
        }
        send(resp, anyStored ? HttpServletResponse.SC_CREATED : 422, body);
    }

    private void delete(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String iri = site.links().iriOf(RequestedResource.parse(path).path());
        if (!intake.delete(iri)) {
            problem(resp, HttpServletResponse.SC_NOT_FOUND, "no report " + iri);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /**
     * Answers 413 to a body declared too large, so that the client hears it. Closing a connection
     * with bytes still unread resets it, and a client still sending its body then gets no answer,
     * only a broken connection; so the body is read and dropped first (see {@link #discardBody}).
     * A client that asked to be told before sending ({@code Expect: 100-continue}) has sent
     * nothing, and a body over {@link #DISCARD_LIMIT} is not worth reading: both are answered at
     * once and the connection closed.
     */
    private void refuseTooLarge(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean waitsToSend = "100-continue".equalsIgnoreCase(String.valueOf(req.getHeader("Expect")).strip());
        if (!waitsToSend && req.getContentLengthLong() <= DISCARD_LIMIT) {
            discardBody(req);
        }
        tooLarge(resp);
    }

    /**
     * Reads the rest of a plain body refused for its size and drops it, up to {@link
     * #DISCARD_LIMIT} bytes, so that the refusal is heard (see {@link #refuseTooLarge}). Not for a
     * multipart upload, whose stream Jetty's parser has taken.
     */
    private static void discardBody(HttpServletRequest req) {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = req.getInputStream()) {
            for (int n; total <= DISCARD_LIMIT && (n = in.read(buffer)) != -1; ) {
                total += n;
            }
        } catch (IOException e) {
            // The client went away or stalled: the answer is tried all the same.
        }
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        problem(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "a report file may be at most " + maxBytes + " bytes");
    }

    private static void problem(HttpServletResponse resp, int status, String reason) throws IOException {
        JsonObject body = new JsonObject();
        body.put("error", reason);
        send(resp, status, body);
    }

    private static void send(HttpServletResponse resp, int status, JsonObject body) throws IOException {
        byte[] bytes = (JSON.toString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
