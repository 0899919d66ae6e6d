package org.dateline.evaluate;

import java.io.IOException;
import java.nio.file.Path;

import org.dateline.read.ReportDoc;

/** One annotated document: the file the reader reads, and the gold for what it made of it. */
public interface GoldSource {

    /** The document's id, as figures and misses name it. */
    String id();

    /** The report file to read; a corpus document is written as a plain text report into {@code work}. */
    Path report(Path work) throws IOException;

    /** The gold, as ranges of its own text (aligned with the body later) or of the body itself. */
    GoldDocument gold(ReportDoc doc);
}
