package org.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Files for the pages, from the classpath: our CSS and scripts under /static/, and YASGUI's built
 * files from its WebJar under /static/yasgui/, so no page needs a CDN.
 */
final class StaticFiles extends HttpServlet {

    static final String YASGUI = "/static/yasgui/";
    private static final String YASGUI_JAR = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "map", "application/json", "json", "application/json", "svg", "image/svg+xml");

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String resource;
        if (path.startsWith(YASGUI)) {
            resource = YASGUI_JAR + path.substring(YASGUI.length());
        } else {
            resource = "/org/dateline/publish" + path;
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        if (path.contains("..") || !TYPES.containsKey(ext)) {
            Responses.notFound(resp, path);
            return;
        }
        byte[] body = cache.computeIfAbsent(resource, StaticFiles::load);
        if (body.length == 0) {
            Responses.notFound(resp, path);
            return;
        }
        Responses.send(req, resp, body, TYPES.get(ext), false, Responses.CSP);
    }

    private static byte[] load(String resource) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
