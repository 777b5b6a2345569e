package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
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
 * Two people editing the same report cannot overwrite each other: an update must name the version
 * it was based on ({@code If-Match}), a stale one is refused with 412, a missing one with 428, and
 * the change that won stays intact.
 */
class OptimisticLockingIT {

    @Test
    void theSecondOfTwoEditsOfTheSameVersionIs412AndTheFirstStays() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("two editors")).getString("id");
        Reply readByReporter = Api.get(Reports.path(id)).as(CN_REPORTER).send().expect(200);
        Reply readByLiaison = Api.get(Reports.path(id)).as(CN_LIAISON).send().expect(200);
        assertEquals("\"1\"", readByReporter.etag());
        assertEquals("\"1\"", readByLiaison.etag());

        String winner = Reports.uniqueTitle("reporter's edit");
        Reply first = Api.put(Reports.path(id)).as(CN_REPORTER).ifMatch(readByReporter.etag())
                .json(Reports.body(winner).build()).send().expect(200);
        assertEquals("\"2\"", first.etag());

        String loser = Reports.uniqueTitle("liaison's edit");
        Api.put(Reports.path(id)).as(CN_LIAISON).ifMatch(readByLiaison.etag())
                .json(Reports.body(loser).add("severity", "critical").build()).send().expectProblem(412);

        Reply now = Api.get(Reports.path(id)).as(CN_LIAISON).send().expect(200);
        assertEquals("\"2\"", now.etag());
        JsonObject report = now.json();
        assertEquals(winner, report.getString("title"));
        assertEquals("high", report.getString("severity"));
        assertEquals("cn-reporter", report.getString("updatedBy"));
        assertEquals(2, Api.get(Reports.path(id) + "/history").as(CN_LIAISON).send().expect(200).array().size());

        String retried = Reports.uniqueTitle("liaison's edit, retried");
        Reply retry = Api.put(Reports.path(id)).as(CN_LIAISON).ifMatch(now.etag())
                .json(Reports.body(retried).build()).send().expect(200);
        assertEquals("\"3\"", retry.etag());
        assertEquals(retried, retry.json().getString("title"));
    }

    @Test
    void ofRacingEditsOfTheSameVersionExactlyOneWins() throws Exception {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("racing editors")).getString("id");
        int editors = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                DemoUser editor = i % 2 == 0 ? CN_REPORTER : CN_LIAISON;
                Api.get("/api/me").as(editor).send().expect(200);
                String title = Reports.uniqueTitle("racing edit " + i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return Api.put(Reports.path(id)).as(editor).ifMatch("\"1\"")
                            .json(Reports.body(title).build()).send();
                }));
            }
            go.countDown();
            List<Reply> won = new ArrayList<>();
            for (Future<Reply> future : futures) {
                Reply reply = future.get(30, TimeUnit.SECONDS);
                if (reply.status() == 200) {
                    won.add(reply);
                } else {
                    reply.expectProblem(412);
                }
            }
            assertEquals(1, won.size(), () -> "winners: " + won);
            JsonObject stored = Reports.read(CN_REPORTER, id);
            assertEquals(2, stored.getInt("version"));
            assertEquals(won.get(0).json().getString("title"), stored.getString("title"));
            assertEquals(2, Api.get(Reports.path(id) + "/history").as(CN_REPORTER).send().expect(200).array().size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateWithoutIfMatchIs428() {
        JsonObject created = Reports.create(CN_REPORTER, Reports.uniqueTitle("no if-match"));
        String id = created.getString("id");
        Api.put(Reports.path(id)).as(CN_REPORTER).json(Reports.body(Reports.uniqueTitle("blind edit")).build())
                .send().expectProblem(428);
        assertEquals(created, Reports.read(CN_REPORTER, id));
    }

    @Test
    void aStateChangeWithAStaleIfMatchIs412() {
        JsonObject created = Reports.create(CN_REPORTER, Reports.uniqueTitle("stale submit"));
        String id = created.getString("id");
        Api.put(Reports.path(id)).as(CN_LIAISON).ifMatch("\"1\"")
                .json(Reports.body(created.getString("title")).add("severity", "low").build()).send().expect(200);
        Api.post(Reports.path(id) + "/submit").as(CN_REPORTER).ifMatch("\"1\"").send().expectProblem(412);
        JsonObject report = Reports.read(CN_REPORTER, id);
        assertEquals("draft", report.getString("status"));
        assertEquals("low", report.getString("severity"));
        assertEquals(2, report.getInt("version"));
    }

    @Test
    void aWeakOrForeignEntityTagIs412() {
        JsonObject created = Reports.create(CN_REPORTER, Reports.uniqueTitle("weak etag"));
        String id = created.getString("id");
        for (String tag : new String[] {"W/\"1\"", "\"abc\"", "\"7\""}) {
            Api.put(Reports.path(id)).as(CN_REPORTER).ifMatch(tag)
                    .json(Reports.body(Reports.uniqueTitle("weak")).build()).send().expectProblem(412);
        }
        assertEquals(created, Reports.read(CN_REPORTER, id));
    }
}
