package org.dateline.validate;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;

/**
 * What SHACL said of one report's graph. Violations refuse the report; warnings (sh:Warning: what
 * a report should have but lacks) do not, and are kept with the stored report.
 *
 * @param conforms true when no shape reported a violation (warnings do not count)
 * @param problems one readable line per violation ("focus node, path: message")
 * @param warnings the warnings, in a stable order
 * @param report   the SHACL validation report as RDF (sh:ValidationReport), warnings included
 */
public record ValidationOutcome(boolean conforms, List<String> problems, List<ValidationWarning> warnings,
        Model report) {

    public ValidationOutcome {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** One line for people: the first problem, and how many more there are; or the warnings. */
    public String summary() {
        if (conforms) {
            return warnings.isEmpty() ? "conforms" : "conforms " + warningNote();
        }
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return "does not conform to shapes: " + problems.get(0) + more;
    }

    /** "(warnings: no headline, no publication date)"; empty when there are none. */
    public String warningNote() {
        if (warnings.isEmpty()) {
            return "";
        }
        return warnings.stream().map(ValidationWarning::label).distinct()
                .collect(Collectors.joining(", ", "(warnings: ", ")"));
    }
}
