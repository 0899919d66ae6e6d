package org.dateline.understand;

import org.dateline.read.ReportDoc;

/**
 * The understand stage: gives a report's text its meaning (entities and their mentions, roles,
 * quotations, time expressions). Implementations must be safe to call from several threads.
 */
public interface Understander {

    /** The metadata-only path: understands nothing, so no language engine is loaded. */
    Understander NONE = doc -> Understanding.EMPTY;

    Understanding understand(ReportDoc doc);
}
