package org.dateline.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages that are not resources of the data: the home page, search, the query editor, the
 * JSON-LD context, and the vocabularies (/ontology, /ontology/plover, /shapes, by Accept or suffix).
 */
final class SitePagesServlet extends HttpServlet {

    private final Site site;

    SitePagesServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case "/", "" -> html(req, resp, site.cache().get(HomePage.class, () -> new HomePage(site).render()), Responses.CSP);
            case "/search" -> html(req, resp, new SearchPage(site).render(req.getParameter("q")), Responses.CSP);
            case "/query" -> html(req, resp, new QueryPage().render(req.getParameter("query")), Responses.CSP_QUERY_PAGE);
            case "/context.jsonld" -> Responses.send(req, resp, site.rdf().jsonLdContext(), "application/ld+json", false, Responses.CSP);
            default -> vocabulary(req, resp, path);
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void vocabulary(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        RequestedResource requested = RequestedResource.parse(path);
        Graph graph = site.vocabularies().graph(requested.path());
        if (graph == null) {
            Responses.notFound(resp, path);
            return;
        }
        RdfVariant variant = requested.variant() != null ? requested.variant()
                : ContentNegotiation.choose(req.getHeader("Accept"), Arrays.asList(RdfVariant.values()));
        if (variant == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "No such representation.");
            return;
        }
        if (requested.variant() == null) {
            resp.setHeader("Content-Location", requested.path() + "." + variant.suffix());
        }
        byte[] body = variant == RdfVariant.HTML
                ? new OntologyPage(site).render(requested.path()).getBytes(StandardCharsets.UTF_8)
                : site.rdf().write(graph, variant);
        Responses.send(req, resp, body, variant.contentType(), requested.variant() == null, Responses.CSP);
    }

    private static void html(HttpServletRequest req, HttpServletResponse resp, String page, String csp) throws IOException {
        Responses.send(req, resp, page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", false, csp);
    }
}
