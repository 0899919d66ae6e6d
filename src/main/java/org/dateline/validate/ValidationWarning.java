package org.dateline.validate;

/**
 * A SHACL result of severity sh:Warning: something a report should have but lacks (a headline, a
 * publication date, a publisher, a dateline place). The report is stored all the same, and the
 * warning is kept with it ({@link WarningGraph}) so that users can ask which reports lack what.
 *
 * @param focusNode the IRI of the node the warning is about (the report, for the missing metadata);
 *                  null for a blank node
 * @param path      the IRI of the property that is missing; null when the shape has no simple path
 * @param shape     the IRI of the shape that gave the warning
 * @param component the IRI of the SHACL constraint component (e.g. sh:MinCountConstraintComponent)
 * @param message   the shape's sh:message: what is missing and how to supply it
 * @param label     what is missing, in a few words ("no headline"): the shape's rdfs:label, or
 *                  "no " and its sh:name
 * @param key       a short name, unique among the report's warnings, that names the warning's
 *                  node ({@code {report}#warning-headline})
 */
public record ValidationWarning(String focusNode, String path, String shape, String component, String message,
        String label, String key) {
}
