package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.Test;

/**
 * Cooperation requests on the real EAR with real tokens (docs/cooperation-requests.md): the full CN → US
 * journey as the different demo users, each enforcement refusal, who may take which step, and what a
 * third country never sees.
 */
class RequestIT {

    static final DemoUser DE_LIAISON = DemoUsers.liaisonOf("DE");
    static final DemoUser DE_AUDITOR = DemoUsers.national("DE", DemoUser.AUDITOR);

    static String report(String tlp) {
        return Reports.create(CN_REPORTER, Reports.body(Reports.uniqueTitle("RequestIT")).add("tlp", tlp).build())
                .getString("id");
    }

    static JsonObject sent(String title, String report) {
        return Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report)).build()).expect(201).json();
    }

    @Test
    void cnAsksUsAndTheJourneyFromSentToClosedIsRecordedOnBothSides() {
        String agreement = AgreementIT.inForce("request journey");
        String report = report("AMBER");
        String title = Requests.uniqueTitle("journey");
        JsonObject request = sent(title, report);
        String id = request.getString("id");
        assertTrue(id.matches("RQ-\\d{4}-\\d{4,}"), id);
        assertEquals("sent", request.getString("status"));
        JsonObject deadlines = request.getJsonObject("deadlines");
        Instant sentAt = Instant.parse(request.getString("sentAt"));
        assertEquals(sentAt.plus(Duration.ofHours(24)), Instant.parse(deadlines.getString("acknowledgeBy")));
        assertTrue(Instant.parse(deadlines.getString("answerBy")).isAfter(sentAt.plus(Duration.ofDays(5))),
                "five business days in New York end after five calendar days: " + deadlines);
        assertFalse(deadlines.getBoolean("overdue"));

        assertTrue(Requests.inbox(US_LIAISON, "incoming").contains(id));
        assertTrue(Requests.inbox(CN_REPORTER, "outgoing").contains(id));
        assertFalse(Requests.inbox(CN_REPORTER, "incoming").contains(id));
        // the requested country reads the linked report, read-only
        JsonObject shown = Reports.read(US_LIAISON, report);
        assertEquals(report, shown.getString("id"));
        assertTrue(shown.getString("description").contains("Control servers"));
        Api.put(Reports.path(report)).as(US_LIAISON).ifMatch("\"1\"").json(Reports.body("changed").build()).send()
                .expectProblem(403);
        Api.get(Reports.path(report) + "/history").as(US_LIAISON).send().expectProblem(404);

        assertEquals("acknowledged", Requests.act(US_LIAISON, id, "acknowledge", null).expect(200).json()
                .getString("status"));
        assertEquals("accepted", Requests.act(US_LIAISON, id, "accept", null).expect(200).json().getString("status"));
        Requests.post(CN_REPORTER, id, "The list of servers is in the report.").expect(201);
        Requests.post(US_REPORTER, id, "Our ISPs are on it.").expect(201);
        JsonObject answered = Requests.act(US_LIAISON, id, "answer", "1,900 of 2,196 servers taken down").expect(200)
                .json();
        assertEquals("answered", answered.getString("status"));
        assertEquals(List.of(), answered.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class));
        JsonObject closed = Requests.act(CN_LIAISON, id, "close", null).expect(200).json();
        assertEquals("closed", closed.getString("status"));
        assertEquals(List.of("sent", "acknowledged", "accepted", "answered", "closed"),
                Reply.strings(closed.getJsonArray("history"), "to"));
        assertEquals(List.of("cn-reporter", "us-liaison", "us-liaison", "us-liaison", "cn-liaison"),
                Reply.strings(closed.getJsonArray("history"), "by"));
        assertEquals(List.of("message", "message", "answer"), Reply.strings(closed.getJsonArray("messages"), "kind"));
        assertEquals(agreement, closed.getString("agreement"));

        for (DemoUser viewer : List.of(CN_AUDITOR, US_AUDITOR, INT_AUDITOR, US_REPORTER)) {
            assertEquals("closed", Requests.read(viewer, id).expect(200).json().getString("status"), viewer.username());
        }
        List<JsonObject> entries = ExchangeLogApi.entriesAbout(INT_AUDITOR, id);
        assertEquals(List.of("request.sent", "request.acknowledged", "request.accepted", "request.message-posted",
                "request.message-posted", "request.answered", "request.closed"), ExchangeLogApi.actions(entries));
        entries.forEach(e -> assertEquals(agreement, e.getString("agreementId")));
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, report)).contains("report.shown"));

        Pdfs.Download pdf = Pdfs.download(US_LIAISON, Requests.PATH + "/" + id + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.isPdf());
        String text = Pdfs.text(pdf.body()).replaceAll("\\s+", " ");
        for (String expected : List.of(id, "From CN to US", report, "The list of servers is in the report.",
                "Our ISPs are on it.", "1,900 of 2,196 servers taken down", agreement, "acknowledged", "closed")) {
            assertTrue(text.contains(expected), () -> "PDF lacks " + expected + ": " + text);
        }
    }

    @Test
    void eachRefusalByTheAgreedRulesNamesTheMissingTermStoresNothingAndIsLogged() {
        String amber = report("AMBER");
        // no agreement at all between CN and FR
        assertTrue(Reply.strings(Api.get("/api/agreements?partner=FR").as(CN_LIAISON).send().expect(200).array(), "id")
                .isEmpty(), "no CN-FR agreement may exist for this case");
        refused(Requests.body("FR", Requests.uniqueTitle("no agreement"), List.of(amber)).build(),
                "no agreement in force between the two countries");

        String suspended = AgreementIT.inForce("to suspend");
        AgreementIT.act(US_LIAISON, suspended, "suspend", "breach of terms").expect(200);
        refused(Requests.body("US", Requests.uniqueTitle("suspended"), List.of(amber)).add("agreement", suspended)
                .build(), "agreement " + suspended + " is suspended");

        String covering = AgreementIT.inForce("type and TLP");
        refused(Requests.body("US", Requests.uniqueTitle("type"), List.of(amber)).add("agreement", covering)
                .add("type", "attribution-clarification").build(),
                "request type attribution-clarification is not covered by agreement " + covering);
        String strict = report("AMBER+STRICT");
        refused(Requests.body("US", Requests.uniqueTitle("tlp"), List.of(amber, strict)).add("agreement", covering)
                .build(), "TLP AMBER+STRICT is above the ceiling AMBER of agreement " + covering);
        // the same request within the terms goes through
        Requests.send(CN_REPORTER, Requests.body("US", Requests.uniqueTitle("within"), List.of(amber))
                .add("agreement", covering).build()).expect(201);
    }

    private static void refused(JsonObject body, String term) {
        JsonObject problem = Requests.send(CN_REPORTER, body).expectProblem(403);
        assertTrue(problem.getString("detail").contains(term), () -> problem + " does not name " + term);
        String title = body.getString("title");
        for (DemoUser viewer : List.of(CN_REPORTER, INT_AUDITOR)) {
            assertFalse(Requests.titles(viewer, "outgoing").contains(title), "nothing stored: " + title);
        }
        List<JsonObject> refusals = ExchangeLogApi.entriesAbout(INT_AUDITOR, "new");
        assertTrue(refusals.stream().anyMatch(e -> e.getString("action").equals("request.sent.refused")
                && e.getString("outcome", "").contains(term)), () -> "no logged refusal naming " + term);
    }

    @Test
    void onlyTheRightSideTakesEachStepAndIllegalStepsNameTheState() {
        AgreementIT.inForce("sides");
        String id = sent(Requests.uniqueTitle("sides"), report("GREEN")).getString("id");
        assertTrue(Requests.act(CN_LIAISON, id, "acknowledge", null).expectProblem(403).getString("detail")
                .contains("requested country's liaison"));
        Requests.act(US_REPORTER, id, "acknowledge", null).expectProblem(403);
        Requests.act(US_AUDITOR, id, "acknowledge", null).expectProblem(403);
        Requests.act(US_LIAISON, id, "withdraw", null).expectProblem(403);
        assertTrue(Requests.act(US_LIAISON, id, "accept", null).expectProblem(409).getString("detail")
                .contains("is sent and cannot be accepted"));
        Requests.act(US_LIAISON, id, "decline", null).expectInvalidField("reason");
        Requests.act(US_LIAISON, id, "acknowledge", null).expect(200);
        Api.post(Requests.PATH + "/" + id + "/accept").as(US_LIAISON).ifMatch("\"1\"").send().expectProblem(412);
        Requests.post(US_AUDITOR, id, "auditors only read").expectProblem(403);
        JsonObject declined = Requests.act(US_LIAISON, id, "decline", "Out of our jurisdiction").expect(200).json();
        assertEquals("declined", declined.getString("status"));
        assertEquals("Out of our jurisdiction", declined.getJsonArray("history").getJsonObject(2).getString("reason"));
        Requests.act(CN_REPORTER, id, "withdraw", null).expectProblem(409);
        Requests.act(CN_REPORTER, id, "close", null).expect(200);
        Requests.post(CN_REPORTER, id, "too late").expectProblem(409);
        assertEquals("closed", Requests.read(US_LIAISON, id).expect(200).json().getString("status"));
        // every refused step above left no entry; each step taken left exactly one
        assertEquals(List.of("request.sent", "request.acknowledged", "request.declined", "request.closed"),
                ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)));
    }

    @Test
    void aThirdCountryNeverSeesTheRequestOrItsReports() {
        AgreementIT.inForce("third country");
        String report = report("GREEN");
        String id = sent(Requests.uniqueTitle("third"), report).getString("id");
        for (DemoUser outsider : List.of(DE_LIAISON, DE_AUDITOR)) {
            Requests.read(outsider, id).expectProblem(404);
            Api.get(Reports.path(report)).as(outsider).send().expectProblem(404);
            Api.get(Requests.PATH + "/" + id + "/pdf").as(outsider).send().expectProblem(404);
            for (String direction : List.of("incoming", "outgoing")) {
                assertFalse(Requests.inbox(outsider, direction).contains(id), outsider.username() + " " + direction);
            }
        }
        Requests.post(DE_LIAISON, id, "hello").expectProblem(404);
        Requests.act(DE_LIAISON, id, "acknowledge", null).expectProblem(404);
        assertTrue(Requests.inbox(INT_AUDITOR, "incoming").contains(id));
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)).contains("request.read.refused"));
    }

    @Test
    void raisingTheReportAboveTheCeilingHidesItFromThePartnerAgain() {
        AgreementIT.inForce("ceiling");
        String report = report("GREEN");
        String id = sent(Requests.uniqueTitle("ceiling"), report).getString("id");
        Reports.read(US_LIAISON, report);
        Reply current = Api.get(Reports.path(report)).as(CN_REPORTER).send().expect(200);
        Api.put(Reports.path(report)).as(CN_REPORTER).ifMatch(current.etag())
                .json(Reports.body("raised to RED").add("tlp", "RED").build()).send().expect(200);
        Api.get(Reports.path(report)).as(US_LIAISON).send().expectProblem(404);
        JsonObject linked = Requests.read(US_LIAISON, id).expect(200).json().getJsonArray("reports").getJsonObject(0);
        assertFalse(linked.getBoolean("visible"));
        assertTrue(!linked.containsKey("title") || linked.isNull("title"), linked.toString());
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() {
        AgreementIT.inForce("bad input");
        String report = report("GREEN");
        String title = Requests.uniqueTitle("bad");
        Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report)).add("type", "gossip").build())
                .expectInvalidField("type");
        Requests.send(CN_REPORTER, Requests.body("CN", title, List.of(report)).build())
                .expectInvalidField("requestedCountry");
        Requests.send(CN_REPORTER, Requests.body("US", title, List.of()).build()).expectInvalidField("reports");
        String usReport = Reports.create(US_REPORTER, Reports.uniqueTitle("not CN's")).getString("id");
        Requests.send(CN_REPORTER, Requests.body("US", title, List.of(usReport)).build()).expectInvalidField("reports");
        Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report)).add("status", "closed").build())
                .expectProblem(400);
        Api.post(Requests.PATH + "/" + Requests.send(CN_REPORTER, Requests.body("US", Requests.uniqueTitle("steps"),
                List.of(report)).build()).expect(201).json().getString("id") + "/withdraw").as(CN_REPORTER)
                .body("{\"text\": \"x\", \"status\": \"closed\"}").send().expectInvalidField("status");
        Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report)).add("title", "").build())
                .expectInvalidField("title");
        Requests.send(US_AUDITOR, Requests.body("CN", title, List.of(report)).build()).expectProblem(403);
        Api.get(Requests.PATH + "?direction=sideways").as(CN_REPORTER).send().expectInvalidField("direction");
        Api.get(Requests.PATH + "?status=lost").as(CN_REPORTER).send().expectInvalidField("status");
        assertFalse(Requests.titles(CN_REPORTER, "outgoing").contains(title));
        Api.post(Requests.PATH).as(CN_REPORTER).json(Json.createObjectBuilder().build()).send().expectProblem(422);
    }
}
