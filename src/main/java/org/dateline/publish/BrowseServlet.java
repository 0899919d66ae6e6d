package org.dateline.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /browse/{kind}}: a page of a listing ({@link Browse}) as HTML or as data, by suffix
 * ({@code /browse/people.ttl?page=2}) or Accept, with {@code Link} headers to the pages beside it.
 */
final class BrowseServlet extends HttpServlet {

    private final Site site;

    BrowseServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        RequestedResource requested = RequestedResource.parse(path);
        Browse.Kind kind = requested.path().startsWith("/browse/") ? Browse.Kind.bySlug(requested.path().substring("/browse/".length())) : null;
        if (kind == null) {
            Responses.notFound(resp, path);
            return;
        }
        RdfVariant variant = requested.variant() != null ? requested.variant()
                : ContentNegotiation.choose(req.getHeader("Accept"), Arrays.asList(RdfVariant.values()));
        if (variant == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable",
                    "Available as text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml, application/trig.");
            return;
        }
        Browse.Request request = Browse.Request.of(kind, req.getParameter("sort"), req.getParameter("page"),
                req.getParameter("category"), req.getParameter("year"));
        // Counting every reference to every country took 462 ms a request with 1,000 reports: the
        // listing is kept until the store's next commit.
        Browse.Listing listing = site.cache().get(request, () -> new Browse(site).list(request));
        if (requested.variant() == null) {
            resp.setHeader("Content-Location", BrowsePage.suffixed(request, variant));
        }
        StringBuilder links = new StringBuilder("<" + BrowsePage.suffixed(request, RdfVariant.TURTLE)
                + ">; rel=\"alternate\"; type=\"text/turtle\"");
        if (request.page() > 1) {
            links.append(", <").append(request.path(request.page() - 1)).append(">; rel=\"prev\"");
        }
        if (listing.hasNext()) {
            links.append(", <").append(request.path(request.page() + 1)).append(">; rel=\"next\"");
        }
        resp.setHeader("Link", links.toString());
        byte[] body = variant == RdfVariant.HTML
                ? new BrowsePage(site).render(listing).getBytes(StandardCharsets.UTF_8)
                : site.rdf().write(new Browse(site).data(listing), variant);
        Responses.send(req, resp, body, variant.contentType(), requested.variant() == null, Responses.CSP);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
