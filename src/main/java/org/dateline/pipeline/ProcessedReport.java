package org.dateline.pipeline;

import java.util.List;

import org.dateline.map.MappedReport;
import org.dateline.read.ReportDoc;
import org.dateline.validate.ValidationOutcome;

/**
 * A report read, mapped and validated: everything but storing it.
 *
 * @param notes what a stage could not do for it and why (see {@code Understanding.notes()}); usually none
 */
public record ProcessedReport(ReportDoc doc, MappedReport mapped, ValidationOutcome validation, List<String> notes) {

    public ProcessedReport {
        notes = List.copyOf(notes);
    }

    public ProcessedReport(ReportDoc doc, MappedReport mapped, ValidationOutcome validation) {
        this(doc, mapped, validation, List.of());
    }

    /** The source as people read it: the file name, with "#n" when the file holds several reports. */
    public String sourceLabel(boolean manyInSource) {
        String name = doc.source().name();
        return manyInSource ? name + "#" + doc.source().position() : name;
    }
}
