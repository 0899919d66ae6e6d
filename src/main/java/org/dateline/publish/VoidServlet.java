package org.dateline.publish;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The VoID and Service Description graph at /.well-known/void (RFC 5785, VoID section 7) and
 * /dateline/service-description, in every RDF format, and as a page ({@link VoidPage}) for browsers;
 * a client that states no preference gets Turtle.
 */
final class VoidServlet extends HttpServlet {

    private static final List<RdfVariant> OFFERED = List.of(RdfVariant.TURTLE, RdfVariant.HTML, RdfVariant.JSONLD, RdfVariant.NTRIPLES,
            RdfVariant.RDFXML, RdfVariant.TRIG);

    private final Site site;

    VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    public void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        RequestedResource requested = RequestedResource.parse(path);
        RdfVariant variant = requested.variant();
        if (variant == null) {
            variant = ContentNegotiation.choose(req.getHeader("Accept"), OFFERED);
            variant = variant == null ? RdfVariant.TURTLE : variant;
        }
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        var description = new VoidDescription(site).describe(server);
        byte[] body = variant == RdfVariant.HTML
                ? new VoidPage(site).render(description, "/.well-known/void", server).getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : site.rdf().write(description.getGraph(), variant);
        Responses.send(req, resp, body, variant == RdfVariant.TURTLE ? "text/turtle; charset=utf-8" : variant.contentType(),
                requested.variant() == null, Responses.CSP);
    }
}
