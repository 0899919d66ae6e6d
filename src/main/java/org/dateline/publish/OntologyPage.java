package org.dateline.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** An HTML view of a vocabulary file: every class, property, individual or concept with its label and comment. */
final class OntologyPage {

    private final Site site;

    OntologyPage(Site site) {
        this.site = site;
    }

    String render(String path) {
        Graph g = site.vocabularies().graph(path);
        String title = path.equals("/ontology") ? "Dateline ontology" : path.equals("/ontology/plover") ? "PLOVER event categories" : "Dateline SHACL shapes";
        StringBuilder sections = new StringBuilder();
        sections.append(section(g, "Classes", OWL.Class.asNode()));
        sections.append(section(g, "Object properties", OWL.ObjectProperty.asNode()));
        sections.append(section(g, "Datatype properties", OWL.DatatypeProperty.asNode()));
        sections.append(section(g, "Individuals", OWL.NamedIndividual.asNode()));
        sections.append(section(g, "Concepts", SKOS.Concept.asNode()));
        sections.append(section(g, "Node shapes", NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape")));
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", Html.text(title));
        slots.put("sections", sections.toString());
        slots.put("formats", site.formats(path));
        return HtmlTemplates.page(title, HtmlTemplates.fill("ontology.html", slots), Site.alternates(path));
    }

    private String section(Graph g, String heading, Node type) {
        List<Node> terms = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                terms.add(t.getSubject());
            }
        });
        if (terms.isEmpty()) {
            return "";
        }
        terms.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        String id = heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        StringBuilder out = new StringBuilder("<section aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id)
                .append("\">").append(Html.text(heading)).append("</h2><table><thead><tr><th scope=\"col\">Term</th>"
                        + "<th scope=\"col\">Label</th><th scope=\"col\">Comment</th></tr></thead><tbody>");
        for (Node term : terms) {
            String iri = term.getURI();
            String anchor = iri.substring(iri.lastIndexOf('#') + 1);
            out.append("<tr id=\"").append(Html.text(anchor)).append("\"><td><code>").append(Html.text(iri)).append("</code></td><td>")
                    .append(Html.text(first(g, term, RDFS.label.asNode(), SKOS.prefLabel.asNode()))).append("</td><td>")
                    .append(Html.text(first(g, term, RDFS.comment.asNode(), SKOS.definition.asNode()))).append("</td></tr>");
        }
        return out.append("</tbody></table></section>").toString();
    }

    private static String first(Graph g, Node s, Node... predicates) {
        for (Node p : predicates) {
            var it = g.find(s, p, Node.ANY);
            if (it.hasNext()) {
                return it.next().getObject().getLiteralLexicalForm();
            }
        }
        return "";
    }
}
