package org.dateline.validate;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.dateline.map.MappedReport;
import org.dateline.map.Vocab;

/**
 * Keeps a report's warnings in its own named graph, so that they are stored, replaced and deleted
 * with it and can be queried ("which reports lack a publication date"):
 * <pre>
 * &lt;report&gt; dl:validationWarning &lt;report#warning-headline&gt; .
 * &lt;report#warning-headline&gt; a sh:ValidationResult ; sh:resultSeverity sh:Warning ;
 *     sh:focusNode &lt;report&gt; ; sh:resultPath schema:headline ; sh:resultMessage "…" ;
 *     sh:sourceShape dlsh:Report-headline-min ; sh:sourceConstraintComponent sh:MinCountConstraintComponent .
 * </pre>
 * Each result is named by a hash IRI of the report rather than a blank node, so that the same report
 * always gives the same triples (re-ingesting it changes nothing, and golden files can compare them).
 */
public final class WarningGraph {

    private WarningGraph() {
    }

    /** Adds the warnings to the report's graph; returns the report for chaining. */
    public static MappedReport keep(MappedReport mapped, List<ValidationWarning> warnings) {
        Model graph = mapped.graph();
        Resource report = graph.createResource(mapped.reportIri());
        if (!warnings.isEmpty()) {
            graph.setNsPrefix("sh", SHACLM.NS);
            graph.setNsPrefix("dlsh", Vocab.DLSH);
        }
        for (ValidationWarning warning : warnings) {
            Resource result = graph.createResource(mapped.reportIri() + "#warning-" + warning.key(), SHACLM.ValidationResult)
                    .addProperty(SHACLM.resultSeverity, SHACLM.Warning)
                    .addProperty(SHACLM.resultMessage, warning.message());
            if (warning.focusNode() != null) {
                result.addProperty(SHACLM.focusNode, graph.createResource(warning.focusNode()));
            }
            if (warning.path() != null) {
                result.addProperty(SHACLM.resultPath, graph.createResource(warning.path()));
            }
            if (warning.shape() != null) {
                result.addProperty(SHACLM.sourceShape, graph.createResource(warning.shape()));
            }
            if (warning.component() != null) {
                result.addProperty(SHACLM.sourceConstraintComponent, graph.createResource(warning.component()));
            }
            report.addProperty(Vocab.VALIDATION_WARNING, result);
        }
        return mapped;
    }
}
