package org.accord.it.fault;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.accord.it.support.Api;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md case 21: PostgreSQL hangs ({@code kill -STOP} of every server process: sockets stay open, nothing
 * answers). Requests that need the database fail with a 503 problem within the driver's socket timeout plus the
 * pool's wait (well inside the transaction timeout); meanwhile the health check reports the database down within
 * its own short wait and what needs no database keeps being served, so the threads are not used up; after
 * {@code kill -CONT} the same portal serves again.
 */
@Tag("fault")
@ExtendWith(FaultPortal.class)
class DatabaseHungIT {

    /** Concurrent callers: more than one pool's worth would only queue on Undertow's 32 worker threads. */
    private static final int CALLERS = 24;
    /** Socket timeout (5 s on this server) + the pool's wait for a connection (10 s) + margin. */
    private static final Duration FAIL_WITHIN = Duration.ofSeconds(FaultPortal.SOCKET_TIMEOUT_SECONDS + 10 + 10);

    private final ThrowawayPostgres postgres = FaultPortal.postgres();

    @Test
    void requestsFailInTimeHealthSaysDownAndTheHungDatabaseIsRecoveredFrom() throws Exception {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("DatabaseHungIT")).getString("id");
        String token = Tokens.accessToken(CN_REPORTER);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<Future<Timed>> calls = new ArrayList<>();
        try {
            postgres.hang();
            for (int i = 0; i < CALLERS; i++) {
                calls.add(callers.submit(() -> timed(() -> Api.get(Reports.path(report)).bearer(token).send())));
            }
            Thread.sleep(1_000);

            Timed health = timed(Recovery::health);
            assertEquals(503, health.reply.status(), health.reply::toString);
            assertEquals("DOWN", health.reply.json().getString("database"));
            // its own wait is 2 s; the pool alone would wait 10 s for a connection, the driver 5 s for an answer
            assertTrue(health.took.toMillis() < 4_000, "health answered after " + health.took);
            Timed noDatabase = timed(() -> Api.get("/static/accord.css").send());
            assertEquals(200, noDatabase.reply.status());
            assertTrue(noDatabase.took.toMillis() < 2_000, "a static file took " + noDatabase.took);

            for (Future<Timed> call : calls) {
                Timed done = call.get();
                done.reply.expectProblem(503);
                assertTrue(done.reply.header("Retry-After").isPresent(), done.reply::toString);
                assertTrue(done.took.compareTo(FAIL_WITHIN) < 0, "a request took " + done.took);
            }
            System.out.println("DatabaseHungIT: " + CALLERS + " requests failed with 503 after at most "
                    + calls.stream().map(DatabaseHungIT::took).max(Duration::compareTo).orElseThrow().toMillis()
                    + " ms; health answered in " + health.took.toMillis() + " ms");
        } finally {
            postgres.resume();
            callers.shutdownNow();
        }
        Duration recovery = Recovery.awaitHealthy();
        System.out.println("DatabaseHungIT: the portal answered again " + recovery.toMillis() + " ms after kill -CONT");
        assertEquals(report, Api.get(Reports.path(report)).as(CN_REPORTER).send().expect(200).json().getString("id"));
    }

    private record Timed(Reply reply, Duration took) {
    }

    private static Timed timed(Supplier<Reply> call) {
        long start = System.nanoTime();
        Reply reply = call.get();
        return new Timed(reply, Duration.ofNanos(System.nanoTime() - start));
    }

    private static Duration took(Future<Timed> call) {
        try {
            return call.get().took;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
