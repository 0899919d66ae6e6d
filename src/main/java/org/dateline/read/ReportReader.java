package org.dateline.read;

import java.nio.file.Path;
import java.util.List;

/** The read stage: a source file becomes one or more reports. */
public interface ReportReader {

    /**
     * Reads every report in the file.
     *
     * @throws UnreadableSourceException when the file cannot be read or holds no news report;
     *                                   its message is one line naming the reason (not the file)
     */
    List<ReportDoc> read(Path file) throws UnreadableSourceException;
}
