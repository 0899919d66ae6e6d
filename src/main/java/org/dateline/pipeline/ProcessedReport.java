package org.dateline.pipeline;

import org.dateline.map.MappedReport;
import org.dateline.read.ReportDoc;
import org.dateline.validate.ValidationOutcome;

/** A report read, mapped and validated: everything but storing it. */
public record ProcessedReport(ReportDoc doc, MappedReport mapped, ValidationOutcome validation) {

    /** The source as people read it: the file name, with "#n" when the file holds several reports. */
    public String sourceLabel(boolean manyInSource) {
        String name = doc.source().name();
        return manyInSource ? name + "#" + doc.source().position() : name;
    }
}
