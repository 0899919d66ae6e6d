package org.dateline.map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.dateline.understand.TimeExpression;
import org.dateline.understand.Understanding;

/** The time expression row: a mention that is also a dl:TimeExpression with its normalised value. */
final class TimeExpressionMapper {

    private final IriScheme iris;

    TimeExpressionMapper(IriScheme iris) {
        this.iris = iris;
    }

    void map(Understanding understanding, ReportContext context) {
        for (TimeExpression time : understanding.times()) {
            context.phrase(iris, time.begin(), time.end(), time.text())
                    .addProperty(org.apache.jena.vocabulary.RDF.type, Vocab.TIME_EXPRESSION)
                    .addLiteral(Vocab.NORMALIZED_VALUE, context.graph().createTypedLiteral(time.value(), datatype(time.value())));
        }
    }

    /** 2024-05-14 is an xsd:date, 2024-05 an xsd:gYearMonth, 2024 an xsd:gYear. */
    private static XSDDatatype datatype(String value) {
        return switch (value.length()) {
            case 10 -> XSDDatatype.XSDdate;
            case 7 -> XSDDatatype.XSDgYearMonth;
            case 4 -> XSDDatatype.XSDgYear;
            default -> throw new IllegalArgumentException("not a calendar value: " + value);
        };
    }
}
