package org.dateline.link;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Files prepared on several threads that must meet {@link KnownPeople} in their order. Which of
 * two spellings of a person names the node depends on which report the memory met first; when
 * {@code ingest} prepares files ahead on several threads, that was whichever thread got there
 * first, so the same files could give different graphs from one run to the next. Each file is
 * prepared with its number here; the first time it asks the memory, it waits until every earlier
 * file is done, so the people are met in file order whatever the threads do. Files without unlinked
 * people never wait, and one whose people come after its language engine's work (the slow part)
 * seldom waits long.
 */
public final class FileOrder {

    private static final ThreadLocal<Ticket> CURRENT = new ThreadLocal<>();

    /** The first file not yet done: files before it are. */
    private long next;
    /** Files done while an earlier one is not. */
    private final Set<Long> doneAhead = new HashSet<>();

    private record Ticket(FileOrder order, long number) {
    }

    /**
     * Prepares file {@code number} ({@code 0, 1, 2...}, each number run exactly once, from threads
     * that take files in that order, so that a file never waits on one not yet started).
     */
    public <T> T run(long number, Supplier<T> preparation) {
        CURRENT.set(new Ticket(this, number));
        try {
            return preparation.get();
        } finally {
            CURRENT.remove();
            done(number);
        }
    }

    /** Waits until every file before the calling thread's file is done; returns at once outside {@link #run}. */
    static void awaitTurn() {
        Ticket ticket = CURRENT.get();
        if (ticket != null) {
            ticket.order().await(ticket.number());
        }
    }

    private synchronized void await(long number) {
        while (next < number) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for earlier files", e);
            }
        }
    }

    private synchronized void done(long number) {
        doneAhead.add(number);
        while (doneAhead.remove(next)) {
            next++;
        }
        notifyAll();
    }
}
