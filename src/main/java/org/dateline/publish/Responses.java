package org.dateline.publish;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes responses the same way everywhere: a strong ETag from the bytes (304 when the client
 * has them), Vary: Accept on negotiated resources, and the security headers. The CSP lets pages
 * load only this server's files; the query page alone allows inline styles, which YASGUI sets.
 */
final class Responses {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String CSP_QUERY_PAGE = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private Responses() {
    }

    static void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String contentType,
            boolean negotiated, String csp) throws IOException {
        String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 12) + "\"";
        if (negotiated) {
            resp.setHeader("Vary", "Accept");
        }
        resp.setHeader("ETag", etag);
        resp.setHeader("Content-Security-Policy", csp);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(etag))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    static void notFound(HttpServletResponse resp, String what) throws IOException {
        notFound(resp, what, true);
    }

    /** 404 with the site's page; {@code withBody} false for HEAD. */
    static void notFound(HttpServletResponse resp, String what, boolean withBody) throws IOException {
        error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", "Nothing is known about " + what + ".", withBody);
    }

    static void error(HttpServletResponse resp, int status, String title, String message) throws IOException {
        error(resp, status, title, message, true);
    }

    private static void error(HttpServletResponse resp, int status, String title, String message, boolean withBody)
            throws IOException {
        resp.setStatus(status);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentType("text/html; charset=utf-8");
        byte[] body = HtmlTemplates.page(title, HtmlTemplates.fill("error.html",
                java.util.Map.of("title", Html.text(title), "message", Html.text(message))), "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        if (withBody) {
            resp.getOutputStream().write(body);
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
