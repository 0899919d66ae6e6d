package org.dateline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.dateline.map.Vocab;

/**
 * The dataset description (VoID and SPARQL service description) as a page for people: what the
 * data is, how much of each kind (linked to its browse page), where to query and download it,
 * under which licence, and the vocabularies it uses. Read from the same graph the data gives.
 */
final class VoidPage {

    private static final String VOID = "http://rdfs.org/ns/void#";

    private final Site site;
    private String server;

    VoidPage(Site site) {
        this.site = site;
    }

    /** @param server the address clients reached this server by, as the description names it */
    String render(Model m, String localPath, String server) {
        this.server = server;
        Resource dataset = m.listResourcesWithProperty(RDF.type, m.createResource(VOID + "Dataset")).next();
        StringBuilder facts = new StringBuilder();
        fact(facts, "Triples", literal(dataset, VOID + "triples"));
        fact(facts, "Licence", link(dataset.getPropertyResourceValue(DCTerms.license)));
        fact(facts, "Rights", Html.text(literal(dataset, DCTerms.rights.getURI())));
        fact(facts, "SPARQL endpoint", link(dataset.getPropertyResourceValue(m.createProperty(VOID, "sparqlEndpoint")))
                + " (" + Html.link("/query", "query editor") + ")");
        fact(facts, "Download", link(dataset.getPropertyResourceValue(m.createProperty(VOID, "dataDump"))) + " (N-Quads, gzip)");
        fact(facts, "IRIs begin with", "<code>" + Html.text(literal(dataset, VOID + "uriSpace")) + "</code>");

        StringBuilder kinds = new StringBuilder("<table class=\"partitions\"><caption>Resources by class</caption>"
                + "<thead><tr><th scope=\"col\">Class</th><th scope=\"col\">Resources</th></tr></thead><tbody>");
        List<String[]> rows = new ArrayList<>();
        for (Statement s : dataset.listProperties(m.createProperty(VOID, "classPartition")).toList()) {
            Resource cls = s.getResource().getPropertyResourceValue(m.createProperty(VOID, "class"));
            String n = literal(s.getResource(), VOID + "entities");
            String label = site.vocabularies().label(cls.asNode());
            Browse.Kind kind = cls.getURI().startsWith(Vocab.DL) ? Browse.Kind.byType(cls.getURI().substring(Vocab.DL.length())) : null;
            rows.add(new String[] {kind == null ? Html.text(label) + " <small><code>" + Html.text(cls.getURI()) + "</code></small>"
                    : Html.link("/browse/" + kind.slug, label), Html.text(n)});
        }
        rows.sort((a, b) -> Long.compare(Long.parseLong(b[1]), Long.parseLong(a[1])));
        rows.forEach(r -> kinds.append("<tr><td>").append(r[0]).append("</td><td>").append(r[1]).append("</td></tr>"));
        kinds.append("</tbody></table>");

        StringBuilder vocabularies = new StringBuilder("<ul class=\"vocabularies\">");
        dataset.listProperties(m.createProperty(VOID, "vocabulary")).toList().stream()
                .map(s -> s.getResource().getURI()).sorted()
                .forEach(v -> vocabularies.append("<li><code>").append(Html.text(v)).append("</code></li>"));
        vocabularies.append("</ul>");

        StringBuilder examples = new StringBuilder("<ul>");
        dataset.listProperties(m.createProperty(VOID, "exampleResource")).forEachRemaining(s -> examples.append("<li>")
                .append(site.links().link(s.getObject().asNode(), site.vocabularies().label(s.getObject().asNode()))).append("</li>"));
        examples.append("</ul>");

        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.text(literal(dataset, DCTerms.title.getURI())));
        slots.put("description", Html.text(literal(dataset, DCTerms.description.getURI())));
        slots.put("facts", facts.toString());
        slots.put("partitions", kinds.toString());
        slots.put("examples", examples.toString());
        slots.put("vocabularies", vocabularies.toString());
        slots.put("formats", site.formats(localPath));
        return HtmlTemplates.page("Dataset description", HtmlTemplates.fill("void.html", slots), Site.alternates(localPath));
    }

    private static void fact(StringBuilder out, String term, String html) {
        out.append("<dt>").append(Html.text(term)).append("</dt><dd>").append(html).append("</dd>");
    }

    private static String literal(Resource r, String property) {
        Statement s = r.getProperty(r.getModel().createProperty(property));
        if (s == null) {
            return "";
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.isURIResource() ? o.asResource().getURI() : "";
    }

    /** An address from the description: a link when it is on this server, else text (no page links elsewhere). */
    private String link(Resource r) {
        if (r == null || !r.isURIResource()) {
            return "";
        }
        String href = r.getURI();
        if (href.startsWith(server + "/")) {
            return Html.link(href.substring(server.length()), href);
        }
        String local = site.links().local(href);
        return local != null ? Html.link(local, href) : "<code>" + Html.text(href) + "</code>";
    }
}
