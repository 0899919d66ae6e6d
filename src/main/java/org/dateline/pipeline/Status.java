package org.dateline.pipeline;

/** What became of one report (or of a source that yielded none). */
public enum Status {
    ADDED("ok"),
    REPLACED("replaced"),
    UNCHANGED("unchanged"),
    REJECTED("set aside"),
    /** The report's source file was removed from a watched folder (serve --watch). */
    REMOVED("removed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** How the status reads in a report line. */
    public String label() {
        return label;
    }
}
