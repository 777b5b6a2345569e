package org.accord.it;

import static org.accord.it.support.DemoUser.AUDITOR;
import static org.accord.it.support.DemoUser.LIAISON;
import static org.accord.it.support.DemoUser.OVERSIGHT;
import static org.accord.it.support.DemoUser.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every report endpoint × every demo user × reports of CN and of US (in each status for the
 * endpoints that change a report) answers exactly what {@link #expected} says, and no answer to a
 * user of another country carries the other country's report ids or titles.
 * <p>
 * Refused calls run on shared TLP:RED fixtures and must leave them unchanged; calls expected to
 * succeed run on a fresh report each, so no cell depends on the order of the others.
 */
class ReportIsolationMatrixIT {

    enum Endpoint {
        CREATE(REPORTER, LIAISON), GET(REPORTER, LIAISON, AUDITOR), LIST(REPORTER, LIAISON, AUDITOR),
        HISTORY(REPORTER, LIAISON, AUDITOR), UPDATE(REPORTER, LIAISON), SUBMIT(REPORTER, LIAISON),
        TRIAGE(LIAISON), CLOSE(REPORTER, LIAISON);

        final Set<String> roles;

        Endpoint(String... roles) {
            this.roles = Set.of(roles);
        }

        boolean changesReport() {
            return Set.of(UPDATE, SUBMIT, TRIAGE, CLOSE).contains(this);
        }
    }

    enum State { DRAFT, SUBMITTED, TRIAGED, CLOSED }

    static final List<String> OWNERS = List.of("CN", "US");

    /**
     * The access rules of issue 2, written once: the role decides first (403, whatever the report);
     * a report of a country the caller cannot read does not exist (404); a report is changed only
     * along its life {@code draft → submitted → triaged → closed} (409 otherwise).
     */
    static int expected(DemoUser user, Endpoint endpoint, String owner, State state) {
        if (user.realmRole().filter(endpoint.roles::contains).isEmpty()) {
            return 403;
        }
        if (endpoint == Endpoint.CREATE) {
            return 201;
        }
        if (endpoint == Endpoint.LIST) {
            return 200;
        }
        if (!readsCountry(user, owner)) {
            return 404;
        }
        return !endpoint.changesReport() || allowedFrom(endpoint, state) ? 200 : 409;
    }

    static boolean readsCountry(DemoUser user, String owner) {
        return user.country().equals(owner) || user.country().equals(OVERSIGHT) && user.hasRole(AUDITOR);
    }

    static boolean allowedFrom(Endpoint endpoint, State state) {
        return switch (endpoint) {
            case UPDATE -> state != State.CLOSED;
            case SUBMIT -> state == State.DRAFT;
            case TRIAGE -> state == State.SUBMITTED;
            case CLOSE -> state == State.SUBMITTED || state == State.TRIAGED;
            default -> true;
        };
    }

    /** Whether the user may see the owner's report content at all (the leak check applies otherwise). */
    static boolean seesReportsOf(DemoUser user, String owner) {
        return expected(user, Endpoint.GET, owner, State.DRAFT) == 200;
    }

    /** TLP:RED content is shown to the owner's reporters and liaisons only. */
    static boolean seesRedContent(DemoUser user, String owner) {
        return user.country().equals(owner) && (user.hasRole(REPORTER) || user.hasRole(LIAISON));
    }

    private static final Map<String, Map<State, JsonObject>> FIXTURES = new HashMap<>();
    private static Instant start;

    @BeforeAll
    static void fileFixtures() {
        start = Instant.now();
        for (String owner : OWNERS) {
            Map<State, JsonObject> byState = new EnumMap<>(State.class);
            for (State state : State.values()) {
                byState.put(state, reportIn(owner, state, "matrix fixture " + owner + " " + state));
            }
            FIXTURES.put(owner, byState);
        }
    }

    /** A TLP:RED report of {@code owner}, filed by its reporter and moved on into {@code state}. */
    static JsonObject reportIn(String owner, State state, String purpose) {
        JsonObject report = Reports.create(DemoUsers.reporterOf(owner),
                Reports.body(Reports.uniqueTitle(purpose)).add("tlp", "RED").build());
        String id = report.getString("id");
        if (state != State.DRAFT) {
            report = Reports.move(DemoUsers.reporterOf(owner), id, "submit");
        }
        if (state == State.TRIAGED) {
            report = Reports.move(DemoUsers.liaisonOf(owner), id, "triage");
        } else if (state == State.CLOSED) {
            report = Reports.move(DemoUsers.reporterOf(owner), id, "close");
        }
        return report;
    }

    @TestFactory
    Stream<DynamicContainer> matrix() {
        return Stream.of(Endpoint.values()).map(e -> dynamicContainer(e.name().toLowerCase(), cells(e)));
    }

    private Stream<DynamicTest> cells(Endpoint endpoint) {
        List<DynamicTest> cells = new ArrayList<>();
        for (DemoUser user : DemoUsers.all()) {
            if (endpoint == Endpoint.CREATE) {
                int status = expected(user, endpoint, user.country(), null);
                cells.add(cell(user + " creates → " + status, () -> create(user, status)));
                continue;
            }
            for (String owner : OWNERS) {
                List<State> states = endpoint.changesReport() ? List.of(State.values()) : List.of(State.DRAFT);
                for (State state : states) {
                    int status = expected(user, endpoint, owner, state);
                    String name = user + " " + endpoint.name().toLowerCase() + " " + owner + " report"
                            + (endpoint.changesReport() ? " (" + state.name().toLowerCase() + ")" : "")
                            + " → " + status;
                    cells.add(cell(name, () -> call(user, endpoint, owner, state, status)));
                }
            }
        }
        return cells.stream();
    }

    /** A named cell whose failure message starts with its name. */
    private static DynamicTest cell(String name, Runnable check) {
        return dynamicTest(name, () -> {
            try {
                check.run();
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    private void create(DemoUser user, int status) {
        String title = Reports.uniqueTitle("matrix create by " + user);
        Reply reply = Api.post(Reports.PATH).as(user).json(Reports.body(title).build()).send();
        if (status != 201) {
            reply.expectProblem(status);
            Reports.assertStored(0, DemoUsers.INT_AUDITOR, title, start);
            return;
        }
        JsonObject report = reply.expect(201).json();
        String id = report.getString("id");
        assertTrue(id.startsWith(user.country() + "-") && Reports.ID.matcher(id).matches(), id);
        assertEquals(user.country(), report.getString("country"));
        assertEquals("draft", report.getString("status"));
        assertEquals(title, report.getString("title"));
        assertEquals("\"1\"", reply.etag());
        assertTrue(reply.header("Location").orElse("").endsWith(Reports.path(id)), reply.headers().toString());
    }

    private void call(DemoUser user, Endpoint endpoint, String owner, State state, int status) {
        JsonObject fixture = FIXTURES.get(owner).get(state);
        boolean fresh = endpoint.changesReport() && status == 200;
        JsonObject report = fresh ? reportIn(owner, state, "matrix " + endpoint + " by " + user) : fixture;
        String id = report.getString("id");
        Reply reply = send(user, endpoint, report, id);
        assertNoLeak(user, owner, reply, endpoint == Endpoint.LIST ? null : id);
        if (status != 200) {
            reply.expectProblem(status);
            if (status == 404) {
                assertSameAsUnknownReport(user, endpoint, report, reply);
            }
            if (endpoint.changesReport()) {
                assertUnchanged(fixture);
            }
            return;
        }
        reply.expect(200);
        switch (endpoint) {
            case GET -> assertReadable(user, owner, report, reply.json());
            case HISTORY -> assertHistory(user, owner, reply);
            case LIST -> assertListed(user, owner, report, reply.json());
            default -> assertChanged(user, endpoint, report, reply);
        }
    }

    private static Reply send(DemoUser user, Endpoint endpoint, JsonObject report, String id) {
        String etag = "\"" + report.getJsonNumber("version").longValue() + "\"";
        return switch (endpoint) {
            case GET -> Api.get(Reports.path(id)).as(user).send();
            case HISTORY -> Api.get(Reports.path(id) + "/history").as(user).send();
            case LIST -> Reports.list(user, "status", "draft", "tlp", "RED", "sort", "createdAt",
                    "from", report.getString("createdAt"), "size", "200");
            case UPDATE -> Api.put(Reports.path(id)).as(user).ifMatch(etag)
                    .json(Reports.body("matrix update by " + user).add("tlp", "RED").build()).send();
            default -> Api.post(Reports.path(id) + "/" + endpoint.name().toLowerCase()).as(user).ifMatch(etag)
                    .send();
            // CREATE has its own cells
        };
    }

    private static void assertReadable(DemoUser user, String owner, JsonObject report, JsonObject shown) {
        assertEquals(report.getString("id"), shown.getString("id"));
        assertEquals(owner, shown.getString("country"));
        assertEquals(report.getString("title"), shown.getString("title"));
        boolean content = seesRedContent(user, owner);
        assertEquals(!content, shown.getBoolean("contentRedacted"), shown.toString());
        assertEquals(content, shown.containsKey("description"), shown.toString());
    }

    private static void assertHistory(DemoUser user, String owner, Reply reply) {
        List<JsonObject> versions = reply.array().getValuesAs(JsonObject.class);
        assertEquals("created", versions.get(0).getString("change"), reply.body());
        boolean content = seesRedContent(user, owner);
        versions.forEach(v -> assertEquals(content, v.getJsonObject("fields").containsKey("description"),
                reply.body()));
    }

    /** The fixture is listed exactly when its country is readable; the newest page holds only own reports. */
    private static void assertListed(DemoUser user, String owner, JsonObject report, JsonObject page) {
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        boolean listed = items.stream().anyMatch(item -> item.getString("id").equals(report.getString("id")));
        assertEquals(readsCountry(user, owner), listed, () -> report.getString("id") + " in " + page);

        Reply newest = Reports.list(user, "size", "200").expect(200);
        assertNoLeak(user, owner, newest, null);
        if (!user.country().equals(OVERSIGHT)) {
            Stream.concat(items.stream(), newest.json().getJsonArray("items").getValuesAs(JsonObject.class).stream())
                    .forEach(item -> assertEquals(user.country(), item.getString("country"), item.toString()));
        }
    }

    private static void assertChanged(DemoUser user, Endpoint endpoint, JsonObject before, Reply reply) {
        JsonObject after = reply.json();
        assertEquals(user.username(), after.getString("updatedBy"));
        assertEquals(endpoint == Endpoint.UPDATE ? "matrix update by " + user : before.getString("title"),
                after.getString("title"));
        long version = before.getJsonNumber("version").longValue() + 1;
        assertEquals(version, after.getJsonNumber("version").longValue());
        assertEquals("\"" + version + "\"", reply.etag());
        String status = switch (endpoint) {
            case SUBMIT -> "submitted";
            case TRIAGE -> "triaged";
            case CLOSE -> "closed";
            default -> before.getString("status");
        };
        assertEquals(status, after.getString("status"));
        assertEquals(Reports.read(DemoUsers.reporterOf(before.getString("country")), before.getString("id")),
                after, "what the call answered is what is stored");
    }

    /** A refused change left the shared fixture exactly as it was. */
    private static void assertUnchanged(JsonObject fixture) {
        JsonObject now = Reports.read(DemoUsers.reporterOf(fixture.getString("country")), fixture.getString("id"));
        assertEquals(fixture, now, "a refused call changed the report");
    }

    /** The 404 for another country's report is the 404 for a report that never existed. */
    private static void assertSameAsUnknownReport(DemoUser user, Endpoint endpoint, JsonObject report, Reply reply) {
        String id = report.getString("id");
        String unknown = report.getString("country") + "-1999-000001";
        Reply other = send(user, endpoint, report, unknown);
        assertEquals(other.status(), reply.status());
        assertEquals(other.contentType(), reply.contentType());
        assertEquals(other.body().replace(unknown, "{id}"), reply.body().replace(id, "{id}"));
    }

    /** Nothing of the owner's reports reaches a user who may not read them, beyond the id they asked for. */
    private static void assertNoLeak(DemoUser user, String owner, Reply reply, String requestedId) {
        if (seesReportsOf(user, owner)) {
            return;
        }
        String body = requestedId == null ? reply.body() : reply.body().replace(requestedId, "");
        for (JsonObject report : FIXTURES.get(owner).values()) {
            assertFalse(body.contains(report.getString("id")), () -> "leaks " + report.getString("id") + ": " + reply);
            assertFalse(body.contains(report.getString("title")), () -> "leaks a title: " + reply);
        }
        assertFalse(body.contains("\"country\":\"" + owner + "\""), () -> "leaks a report of " + owner + ": " + reply);
    }
}
