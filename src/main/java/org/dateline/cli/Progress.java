package org.dateline.cli;

import java.io.PrintStream;

/**
 * A progress bar on the terminal for long ingests. It draws only when there are many files and
 * stderr is a terminal, so that logs and pipes stay clean.
 */
final class Progress {

    private static final int MIN_FILES = 20;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int total;
    private final boolean active;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
        this.active = total >= MIN_FILES && System.console() != null;
    }

    /** Clears the bar so that a report line can be printed on its own. */
    void clear() {
        if (active) {
            out.print("\r\033[K");
            out.flush();
        }
    }

    void show(int done) {
        if (!active) {
            return;
        }
        int filled = (int) ((long) done * WIDTH / Math.max(total, 1));
        out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " files");
        out.flush();
    }

    void finish() {
        clear();
    }
}
