package org.dateline.map;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * What the mappers of one report share: its graph, the entity descriptions for the shared graph,
 * the report and its body's NIF context, and the IRIs of the entities mapped so far by key.
 */
record ReportContext(Model graph, Model entities, Resource report, Resource body, String fingerprint,
        Map<String, Resource> entityByKey) {

    ReportContext(Model graph, Model entities, Resource report, Resource body, String fingerprint) {
        this(graph, entities, report, body, fingerprint, new HashMap<>());
    }

    Literal nonNegative(int value) {
        return nonNegative(graph, value);
    }

    static Literal nonNegative(Model model, int value) {
        return model.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** A normalised calendar value: 2024-05-14 is an xsd:date, 2024-05 an xsd:gYearMonth, 2024 an xsd:gYear. */
    Literal calendarValue(String value) {
        XSDDatatype datatype = switch (value.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 4 -> XSDDatatype.XSDgYear;
            default -> throw new IllegalArgumentException("not a calendar value: " + value);
        };
        return graph.createTypedLiteral(value, datatype);
    }

    /** A nif:Phrase over [begin, end) of the body, in code points. */
    Resource phrase(IriScheme iris, int begin, int end, String anchor) {
        return graph.createResource(iris.phrase(report.getURI(), begin, end), Vocab.NIF_PHRASE)
                .addProperty(Vocab.REFERENCE_CONTEXT, body)
                .addLiteral(Vocab.BEGIN_INDEX, nonNegative(begin))
                .addLiteral(Vocab.END_INDEX, nonNegative(end))
                .addProperty(Vocab.ANCHOR_OF, anchor);
    }
}
