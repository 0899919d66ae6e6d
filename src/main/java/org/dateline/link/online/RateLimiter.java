package org.dateline.link.online;

import java.time.Duration;

/** At most one request per interval, whatever the thread: public endpoints ask clients to be gentle. */
final class RateLimiter {

    private final long intervalNanos;
    private long next;

    RateLimiter(Duration interval) {
        this.intervalNanos = interval.toNanos();
        this.next = System.nanoTime();
    }

    /** Waits until the next request may be made. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (now < next) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            now = next;
        }
        next = now + intervalNanos;
    }
}
