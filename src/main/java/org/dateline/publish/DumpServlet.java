package org.dateline.publish;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the dump at /dumps/dateline.nq.gz, writing it first when the store has changed since. */
final class DumpServlet extends HttpServlet {

    private final DumpWriter dumps;

    DumpServlet(DumpWriter dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.equals("/dumps/" + DumpWriter.FILE_NAME)) {
            Responses.notFound(resp, path);
            return;
        }
        String etag = "\"" + dumps.refresh() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Served as the gzip file it is (no Content-Encoding), so a download keeps its .nq.gz name and bytes.
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + DumpWriter.FILE_NAME + "\"");
        resp.setContentLengthLong(Files.size(dumps.file()));
        if (!"HEAD".equals(req.getMethod())) {
            Files.copy(dumps.file(), resp.getOutputStream());
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
