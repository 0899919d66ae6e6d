package org.dateline.read;

import java.nio.file.Path;

/** A source that cannot be read as news reports, with a one-line reason people can act on. */
public class UnreadableSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public UnreadableSourceException(Path path, String reason) {
        super(reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The reason alone, without the file name: callers print "file: reason". */
    public String reason() {
        return getMessage();
    }
}
