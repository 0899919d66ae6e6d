package org.dateline.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one source became: its conforming reports, and the lines {@code ingest} prints for what it
 * sets aside ("set aside  FILE: reason").
 */
record SourceOutput(List<ReportOutput> reports, List<String> setAside) implements Serializable {
}
