package org.dateline.understand;

/** Whether a quotation gives the speaker's own words or reports them. */
public enum QuoteKind {
    DIRECT, INDIRECT
}
