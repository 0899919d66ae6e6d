package org.dateline.map;

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
                    .addLiteral(Vocab.NORMALIZED_VALUE, context.calendarValue(time.value()));
        }
    }
}
