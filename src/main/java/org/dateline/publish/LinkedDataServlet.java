package org.dateline.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferences the IRIs under the base: {@code /report/…}, {@code /entity/…}, {@code /event/…},
 * {@code /quote/…}, {@code /graph/…}. The request path names the IRI {@code base + path}. Each
 * IRI answers 200 directly with the representation chosen by suffix or Accept (no 303: one round
 * trip, and the page and the data describe the same thing), with {@code Content-Location} naming
 * the suffixed document that was sent. Hash IRIs ({@code report/…#char=0,841}) never reach the
 * server; they are described in their document.
 */
final class LinkedDataServlet extends HttpServlet {

    static final List<String> PREFIXES = List.of("/report/", "/entity/", "/event/", "/quote/", "/graph/");
    private static final Set<Node> ENTITY_TYPES = Set.of(Vocab.PERSON.asNode(), Vocab.ORGANIZATION.asNode(),
            Vocab.COUNTRY.asNode(), Vocab.PLACE.asNode());

    /** Deep pages cost a walk over the index up to them; no real document has this many. */
    static final int MAX_PAGE = 10_000;

    private final Site site;

    LinkedDataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        RequestedResource requested = RequestedResource.parse(path);
        String iri = site.links().iriOf(requested.path());
        int page = page(req);
        RdfVariant variant = requested.variant() != null ? requested.variant()
                : ContentNegotiation.choose(req.getHeader("Accept"), Arrays.asList(RdfVariant.values()));
        // A document is made from the store alone: it is kept until the store's next commit (an
        // entity's page counts and orders every report that refers to it).
        Document document = variant == null ? null
                : site.cache().get(new DocumentKey(iri, page, variant), () -> document(iri, page, variant));
        if (variant == null && site.describer().describe(iri, page) == null || document != null && document.body() == null) {
            Responses.notFound(resp, iri);
            return;
        }
        if (variant == null) {
            Responses.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable",
                    "Available as text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml, application/trig.");
            return;
        }
        if (requested.variant() == null) {
            resp.setHeader("Content-Location", requested.path() + "." + variant.suffix()
                    + (document.paged() && page > 1 ? "?page=" + page : ""));
        }
        StringBuilder links = new StringBuilder("<" + requested.path() + ".ttl>; rel=\"alternate\"; type=\"text/turtle\", "
                + "</context.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"");
        if (document.paged() && page > 1) {
            links.append(", <").append(path).append("?page=").append(page - 1).append(">; rel=\"prev\"");
        }
        if (document.hasNext()) {
            links.append(", <").append(path).append("?page=").append(page + 1).append(">; rel=\"next\"");
        }
        resp.setHeader("Link", links.toString());
        Responses.send(req, resp, document.body(), variant.contentType(), requested.variant() == null, Responses.CSP);
    }

    /** Which document: the IRI, the page and the representation. */
    private record DocumentKey(String iri, int page, RdfVariant variant) {
    }

    /** A document as sent; a null body when the store says nothing about the IRI. */
    private record Document(byte[] body, boolean paged, boolean hasNext) {
    }

    private Document document(String iri, int page, RdfVariant variant) {
        Describer.Description description = site.describer().describe(iri, page);
        if (description == null) {
            return new Document(null, false, false);
        }
        byte[] body = variant == RdfVariant.HTML
                ? html(iri, description.data(), page, description.hasNext()).getBytes(StandardCharsets.UTF_8)
                : site.rdf().write(description.data(), variant);
        return new Document(body, description.paged(), description.hasNext());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private String html(String iri, DatasetGraph description, int page, boolean hasNext) {
        if (iri.equals(site.iris().entitiesGraph())) {
            return new EntitiesGraphPage(site).render(iri);
        }
        Node node = NodeFactory.createURI(iri);
        Set<Node> types = new java.util.HashSet<>();
        description.find(Node.ANY, node, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        if (types.contains(Vocab.REPORT.asNode())) {
            return new ReportPage(site).render(iri);
        }
        if (types.stream().anyMatch(ENTITY_TYPES::contains)) {
            return new EntityPage(site).render(iri, page, hasNext);
        }
        if (types.contains(NodeFactory.createURI(Vocab.DL + "Event"))) {
            return new EventPage(site).render(iri);
        }
        if (types.contains(Vocab.QUOTATION.asNode())) {
            String quotation = new QuotationPage(site).render(iri, description);
            if (quotation != null) {
                return quotation;
            }
        }
        return new ResourcePage(site).render(iri, description);
    }

    /** The page asked for, from 1 (absent, unreadable or below 1: the first); at most {@value #MAX_PAGE}. */
    private static int page(HttpServletRequest req) {
        try {
            return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(req.getParameter("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
