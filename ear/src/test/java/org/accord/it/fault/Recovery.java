package org.accord.it.fault;

import java.time.Duration;
import org.accord.it.support.Api;
import org.accord.it.support.Reply;

/** Waiting for the portal to say, through its public health check, that the database answers again. */
final class Recovery {

    /** The bound the fault tests hold the portal to (SECURITY.md states the measured times). */
    static final Duration BOUND = Duration.ofSeconds(30);

    private Recovery() {
    }

    /** Polls {@code GET /api/health} until it is 200; returns how long that took. */
    static Duration awaitHealthy() throws InterruptedException {
        long start = System.nanoTime();
        long giveUp = start + BOUND.toNanos();
        Reply last = null;
        while (System.nanoTime() < giveUp) {
            last = health();
            if (last.status() == 200) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the portal did not recover within " + BOUND + "; health said " + last);
    }

    static Reply health() {
        return Api.get("/api/health").send();
    }
}
