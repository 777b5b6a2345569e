package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * A creating call retried with the same {@code Idempotency-Key} returns the first result and never
 * files a second report, also when the retries race; the key is the caller's own.
 */
class IdempotencyIT {

    private final Instant start = Instant.now().minusSeconds(5);

    private static Reply create(DemoUser user, String key, JsonObject body) {
        return Api.post(Reports.PATH).as(user).header("Idempotency-Key", key).json(body).send();
    }

    @Test
    void withoutAKeyTwoCallsFileTwoReports() {
        String title = Reports.uniqueTitle("no key");
        Reports.create(CN_REPORTER, title);
        Reports.create(CN_REPORTER, title);
        Reports.assertStored(2, CN_REPORTER, title, start);
    }

    @Test
    void theSameKeyTwiceReturnsTheFirstReport() {
        String key = UUID.randomUUID().toString();
        String title = Reports.uniqueTitle("same key");
        JsonObject body = Reports.body(title).build();
        Reply first = create(CN_REPORTER, key, body).expect(201);
        Reply retry = create(CN_REPORTER, key, body).expect(201);
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.etag(), retry.etag());
        Reports.assertStored(1, CN_REPORTER, title, start);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String title = Reports.uniqueTitle("key reused");
        String otherTitle = Reports.uniqueTitle("key reused, other body");
        create(CN_REPORTER, key, Reports.body(title).build()).expect(201);
        create(CN_REPORTER, key, Reports.body(otherTitle).build()).expectInvalidField("Idempotency-Key");
        Reports.assertStored(1, CN_REPORTER, title, start);
        Reports.assertStored(0, CN_REPORTER, otherTitle, start);
    }

    @Test
    void parallelCallsWithTheSameKeyFileOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = Reports.uniqueTitle("parallel key");
        JsonObject body = Reports.body(title).build();
        int callers = 12;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            Api.get("/api/me").as(CN_REPORTER).send().expect(200);
            for (int i = 0; i < callers; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return create(CN_REPORTER, key, body);
                }));
            }
            go.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Reply> future : replies) {
                Reply reply = future.get(30, TimeUnit.SECONDS);
                if (reply.status() == 201) {
                    ids.add(reply.json().getString("id"));
                } else {
                    reply.expectProblem(409);
                }
            }
            assertTrue(!ids.isEmpty(), "at least one call files the report");
            assertEquals(1, ids.stream().distinct().count(), () -> "every success names one report: " + ids);
            List<JsonObject> stored = Reports.titled(CN_REPORTER, title, start);
            assertEquals(1, stored.size(), () -> "stored: " + stored);
            assertEquals(ids.get(0), stored.get(0).getString("id"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyIsTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String title = Reports.uniqueTitle("shared key");
        JsonObject body = Reports.body(title).build();
        JsonObject cn = create(CN_REPORTER, key, body).expect(201).json();
        JsonObject us = create(US_REPORTER, key, body).expect(201).json();
        assertNotEquals(cn.getString("id"), us.getString("id"));
        assertEquals("US", us.getString("country"));
        Reports.assertStored(1, CN_REPORTER, title, start);
        Reports.assertStored(1, US_REPORTER, title, start);
    }

    @Test
    void aBlankOrOverlongKeyIs422() {
        String title = Reports.uniqueTitle("bad key");
        create(CN_REPORTER, " ", Reports.body(title).build()).expectInvalidField("Idempotency-Key");
        create(CN_REPORTER, "k".repeat(201), Reports.body(title).build()).expectInvalidField("Idempotency-Key");
        Reports.assertStored(0, CN_REPORTER, title, start);
    }
}
