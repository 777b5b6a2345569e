package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * Every change of a report keeps a version: what changed, who changed it and when, with the fields
 * as they were after the change. A closed report no longer changes.
 */
class HistoryIT {

    /** The history as the country's auditor reads it. */
    private static JsonArray history(String id) {
        return Api.get(Reports.path(id) + "/history").as(CN_AUDITOR).send().expect(200).array();
    }

    @Test
    void createUpdateSubmitKeepsThreeVersionsWithWhoAndWhen() {
        Instant start = Instant.now().minusSeconds(5);
        String original = Reports.uniqueTitle("history");
        String id = Reports.create(CN_REPORTER, original).getString("id");
        String edited = Reports.uniqueTitle("history, edited");
        Api.put(Reports.path(id)).as(CN_LIAISON).ifMatch("\"1\"")
                .json(Reports.body(edited).add("severity", "critical").build()).send().expect(200);
        Api.post(Reports.path(id) + "/submit").as(CN_REPORTER).ifMatch("\"2\"").send().expect(200);
        Instant end = Instant.now().plusSeconds(5);

        JsonArray history = history(id);
        List<JsonObject> versions = history.getValuesAs(JsonObject.class);
        assertEquals(List.of("1", "2", "3"), Reply.strings(history, "version"));
        assertEquals(List.of("created", "updated", "submitted"), Reply.strings(history, "change"));
        assertEquals(List.of("cn-reporter", "cn-liaison", "cn-reporter"), Reply.strings(history, "changedBy"));
        Instant previous = start;
        for (JsonObject v : versions) {
            Instant at = Instant.parse(v.getString("changedAt"));
            assertFalse(at.isBefore(previous), () -> "changedAt goes back in time: " + versions);
            assertTrue(at.isBefore(end), v::toString);
            previous = at;
        }
        List<JsonObject> fields = versions.stream().map(v -> v.getJsonObject("fields")).toList();
        assertEquals(List.of(original, edited, edited), fields.stream().map(f -> f.getString("title")).toList());
        assertEquals(List.of("high", "critical", "critical"),
                fields.stream().map(f -> f.getString("severity")).toList());
        assertEquals(List.of("draft", "draft", "submitted"), fields.stream().map(f -> f.getString("status")).toList());
    }

    @Test
    void aReportLivesFromDraftToClosedAndThenNoLongerChanges() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("whole life")).getString("id");
        Reports.move(CN_REPORTER, id, "submit");
        Reports.move(CN_LIAISON, id, "triage");
        JsonObject closed = Reports.move(CN_REPORTER, id, "close");
        assertEquals("closed", closed.getString("status"));
        JsonValue next = closed.getJsonObject("nis2").get("next");
        assertTrue(next == null || next == JsonValue.NULL, () -> "a closed report has no NIS2 deadline left: " + closed);

        Api.put(Reports.path(id)).as(CN_REPORTER).ifMatch("\"4\"")
                .json(Reports.body(Reports.uniqueTitle("after close")).build()).send().expectProblem(409);
        Api.post(Reports.path(id) + "/submit").as(CN_REPORTER).send().expectProblem(409);
        Api.post(Reports.path(id) + "/close").as(CN_LIAISON).send().expectProblem(409);

        JsonArray history = history(id);
        assertEquals(List.of("created", "submitted", "triaged", "closed"), Reply.strings(history, "change"));
        assertEquals(List.of("cn-reporter", "cn-reporter", "cn-liaison", "cn-reporter"),
                Reply.strings(history, "changedBy"));
        assertEquals(closed, Reports.read(CN_REPORTER, id));
    }
}
