package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.accord.it.support.Api;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.Test;

/**
 * Overdue handling by the real EJB timer (docs/cooperation-requests.md, "Overdue"). Instead of waiting
 * a day, the test moves the request's deadlines into the past in the database, as if the time had
 * passed, and waits for the timer's next runs (every 15 s); the rule itself is unit-tested with an
 * injected clock (RequestStateMachineTest).
 */
class RequestDeadlineIT {

    static final Duration TIMER = Duration.ofSeconds(60);

    @Test
    void aRequestPastItsDeadlineIsEscalatedToThe247ContactAndExpiresAfterTheGracePeriod() {
        AgreementIT.inForce("deadlines");
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("RequestDeadlineIT")).getString("id");
        String id = Requests.send(CN_REPORTER, Requests.body("US", Requests.uniqueTitle("overdue"), List.of(report))
                .build()).expect(201).json().getString("id");
        assertFalse(Requests.read(US_LIAISON, id).expect(200).json().getJsonObject("deadlines").getBoolean("overdue"));

        LogDatabase.update("update cooperation_request set ack_due_at = current_timestamp - interval '1' minute,"
                + " next_due_at = current_timestamp - interval '1' minute where reference = '" + id + "'");
        JsonObject escalated = await(id, r -> r.getJsonObject("deadlines").getBoolean("escalated"));
        assertTrue(escalated.getJsonObject("deadlines").getBoolean("overdue"));
        assertEquals("sent", escalated.getString("status"));
        List<JsonObject> notes = Api.get("/api/notifications").as(US_LIAISON).send().expect(200).array()
                .getValuesAs(JsonObject.class);
        assertTrue(notes.stream().anyMatch(n -> n.getString("subject").equals(id)
                && n.getString("kind").equals("request.acknowledgement-overdue")
                && n.getString("contact").contains("duty@cert.us.example")), notes.toString());
        assertTrue(Api.get("/api/notifications").as(CN_REPORTER).send().expect(200).array()
                .getValuesAs(JsonObject.class).stream().noneMatch(n -> n.getString("subject").equals(id)),
                "a notification goes to the requested country only");
        assertTrue(Requests.inbox(US_LIAISON, "incoming").contains(id));

        LogDatabase.update("update cooperation_request set answer_due_at = current_timestamp - interval '2' minute,"
                + " expires_at = current_timestamp - interval '1' minute where reference = '" + id + "'");
        JsonObject expired = await(id, r -> r.getString("status").equals("expired"));
        JsonObject last = expired.getJsonArray("history").getJsonObject(expired.getJsonArray("history").size() - 1);
        assertEquals("deadline-job", last.getString("by"));
        List<String> actions = ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id));
        assertEquals(List.of("request.sent", "request.escalated", "request.escalated", "request.expired"), actions);
        Requests.act(US_LIAISON, id, "acknowledge", null).expectProblem(409);
    }

    private static JsonObject await(String id, Predicate<JsonObject> done) {
        Instant until = Instant.now().plus(TIMER);
        while (true) {
            JsonObject request = Requests.read(US_LIAISON, id).expect(200).json();
            if (done.test(request) || Instant.now().isAfter(until)) {
                assertTrue(done.test(request), () -> "the deadline job did not act within " + TIMER + ": " + request);
                return request;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
