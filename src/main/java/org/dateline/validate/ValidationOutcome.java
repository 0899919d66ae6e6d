package org.dateline.validate;

import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * What SHACL said of one report's graph.
 *
 * @param conforms true when no shape reported a violation
 * @param problems one readable line per violation ("focus node, path: message")
 * @param report   the SHACL validation report as RDF (sh:ValidationReport)
 */
public record ValidationOutcome(boolean conforms, List<String> problems, Model report) {

    public ValidationOutcome {
        problems = List.copyOf(problems);
    }

    /** One line for people: the first problem, and how many more there are. */
    public String summary() {
        if (conforms) {
            return "conforms";
        }
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return "does not conform to shapes: " + problems.get(0) + more;
    }
}
