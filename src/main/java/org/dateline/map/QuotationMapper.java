package org.dateline.map;

import org.apache.jena.rdf.model.Resource;
import org.dateline.understand.QuoteKind;
import org.dateline.understand.Quotation;
import org.dateline.understand.Understanding;

/** The quotation row: the words, who said them, how they are reported, and where they stand in the body. */
final class QuotationMapper {

    private final IriScheme iris;

    QuotationMapper(IriScheme iris) {
        this.iris = iris;
    }

    void map(Understanding understanding, ReportContext context) {
        for (Quotation quotation : understanding.quotations()) {
            Resource node = context.graph().createResource(
                    iris.quotation(context.fingerprint(), quotation.begin(), quotation.end()), Vocab.QUOTATION)
                    .addProperty(Vocab.TEXT, quotation.text())
                    .addProperty(Vocab.QUOTE_KIND, quotation.kind() == QuoteKind.DIRECT ? Vocab.DIRECT_QUOTE : Vocab.INDIRECT_QUOTE)
                    .addProperty(Vocab.IN_REPORT, context.report())
                    .addLiteral(Vocab.BEGIN_INDEX, context.nonNegative(quotation.begin()))
                    .addLiteral(Vocab.END_INDEX, context.nonNegative(quotation.end()));
            if (quotation.speaker() != null) {
                node.addProperty(Vocab.SPEAKER, context.entityByKey().get(quotation.speaker()));
            }
        }
    }
}
