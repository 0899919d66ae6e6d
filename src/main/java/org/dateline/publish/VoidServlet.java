package org.dateline.publish;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The VoID and Service Description graph at /.well-known/void (RFC 5785, VoID section 7) and
 * /dateline/service-description, in every RDF format (Turtle for browsers: there is no HTML view).
 */
final class VoidServlet extends HttpServlet {

    private static final List<RdfVariant> OFFERED = List.of(RdfVariant.TURTLE, RdfVariant.JSONLD, RdfVariant.NTRIPLES,
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
        if (variant == RdfVariant.HTML) {
            Responses.notFound(resp, path);
            return;
        }
        if (variant == null) {
            variant = ContentNegotiation.choose(req.getHeader("Accept"), OFFERED);
            // A browser's text/html,...,*/*;q=0.8 ends up here too: Turtle is the readable default.
            variant = variant == null ? RdfVariant.TURTLE : variant;
        }
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        byte[] body = site.rdf().write(new VoidDescription(site).describe(server).getGraph(), variant);
        Responses.send(req, resp, body, variant == RdfVariant.TURTLE ? "text/turtle; charset=utf-8" : variant.contentType(),
                requested.variant() == null, Responses.CSP);
    }
}
