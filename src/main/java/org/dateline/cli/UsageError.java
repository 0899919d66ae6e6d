package org.dateline.cli;

/** A problem with how a command was called, found while running it: reported in one line, exit code 2. */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
