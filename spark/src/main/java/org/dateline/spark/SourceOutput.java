package org.dateline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one source became: its conforming reports, the lines {@code ingest} prints for what it
 * sets aside ("set aside  FILE: reason"), and the unlinked people with roles its link stage met,
 * in order, for the cross-report pass ({@link PeopleReplay}).
 *
 * @param fileIndex the source's place in the run
 */
record SourceOutput(long fileIndex, List<ReportOutput> reports, List<String> setAside, List<MetPerson> met)
        implements Serializable {
}
