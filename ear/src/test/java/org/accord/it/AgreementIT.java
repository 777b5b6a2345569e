package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Reply;
import org.junit.jupiter.api.Test;

/**
 * Agreements on the real EAR with real tokens (docs/agreements.md): proposal and ratification put an
 * agreement in force and are logged; only parties see it; only parties' liaisons act; bad input and
 * illegal transitions change nothing; a new version replaces the old only once it is in force.
 */
class AgreementIT {

    static final String PATH = "/api/agreements";
    static final DemoUser DE_LIAISON = DemoUsers.liaisonOf("DE");
    static final DemoUser DE_AUDITOR = DemoUsers.national("DE", DemoUser.AUDITOR);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static JsonObjectBuilder body(String title) {
        return Json.createObjectBuilder().add("title", title).add("legalBasis", "Memorandum of understanding, 2026")
                .add("legalBasisKind", "bilateral-mou").add("parties", Json.createArrayBuilder().add("CN").add("US"))
                .add("validFrom", TODAY.minusDays(1).toString()).add("validTo", TODAY.plusYears(1).toString())
                .add("requestTypes", Json.createArrayBuilder().add("information-request").add("mitigation-takedown"))
                .add("maxTlp", "AMBER").add("evidenceCategories", Json.createArrayBuilder().add("logs"))
                .add("ackHours", 24).add("answerBusinessDays", 5).add("retentionDays", 90).add("onwardSharing", false);
    }

    static String unique(String purpose) {
        return "AgreementIT " + purpose + " " + UUID.randomUUID();
    }

    static JsonObject propose(DemoUser user, JsonObjectBuilder body) {
        return Api.post(PATH).as(user).json(body.build()).send().expect(201).json();
    }

    static Reply act(DemoUser user, String id, String action, String reason) {
        Api.Call call = Api.post(PATH + "/" + id + "/" + action).as(user);
        return (reason == null ? call : call.json(Json.createObjectBuilder().add("reason", reason).build())).send();
    }

    static String inForce(String purpose) {
        String id = propose(CN_LIAISON, body(unique(purpose))).getString("id");
        assertEquals("in-force", act(US_LIAISON, id, "ratify", null).expect(200).json().getString("status"));
        return id;
    }

    static String status(DemoUser viewer, String id) {
        return Api.get(PATH + "/" + id).as(viewer).send().expect(200).json().getString("status");
    }

    @Test
    void cnProposesUsRatifiesAndTheAgreementIsInForceWithBothStepsLogged() {
        JsonObject proposed = propose(CN_LIAISON, body(unique("journey")));
        String id = proposed.getString("id");
        assertTrue(id.matches("AG-\\d{4}-\\d{4,}"), id);
        assertEquals("proposed", proposed.getString("status"));
        assertEquals(List.of("CN", "US"), Reply.strings(proposed.getJsonArray("parties"), "country"));
        assertTrue(proposed.getJsonArray("parties").getJsonObject(0).getBoolean("ratified"));
        assertFalse(proposed.getJsonArray("parties").getJsonObject(1).getBoolean("ratified"));

        JsonObject ratified = act(US_LIAISON, id, "ratify", null).expect(200).json();
        assertEquals("in-force", ratified.getString("status"));
        assertEquals("us-liaison", ratified.getJsonArray("parties").getJsonObject(1).getString("ratifiedBy"));
        assertEquals("AMBER", ratified.getJsonObject("terms").getString("maxTlp"));

        for (DemoUser viewer : List.of(CN_REPORTER, CN_AUDITOR, US_REPORTER, US_AUDITOR, INT_AUDITOR)) {
            assertEquals("in-force", status(viewer, id), viewer.username());
        }
        List<JsonObject> entries = ExchangeLogApi.entriesAbout(INT_AUDITOR, id);
        assertEquals(List.of("agreement.proposed", "agreement.ratified"), ExchangeLogApi.actions(entries));
        for (JsonObject entry : entries) {
            assertEquals(List.of("CN", "US"), entry.getJsonArray("countries").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            assertEquals(id, entry.getString("agreementId"));
        }
        assertTrue(Reply.strings(Api.get(PATH + "?status=in-force&partner=US").as(CN_LIAISON).send().expect(200)
                .array(), "id").contains(id));
        assertFalse(Reply.strings(Api.get(PATH + "?status=proposed").as(CN_LIAISON).send().expect(200).array(), "id")
                .contains(id));
    }

    @Test
    void aThirdCountryNeverSeesTheAgreementAndAdminsAndReportersCannotAct() {
        String id = propose(CN_LIAISON, body(unique("isolation"))).getString("id");
        for (DemoUser outsider : List.of(DE_LIAISON, DE_AUDITOR)) {
            Api.get(PATH + "/" + id).as(outsider).send().expectProblem(404);
            assertFalse(Reply.strings(Api.get(PATH).as(outsider).send().expect(200).array(), "id").contains(id));
        }
        act(DE_LIAISON, id, "ratify", null).expectProblem(404);
        Api.get(PATH + "/" + id).as(PORTAL_ADMIN).send().expectProblem(403);
        Api.get(PATH).as(PORTAL_ADMIN).send().expectProblem(403);
        Api.post(PATH).as(CN_REPORTER).json(body(unique("reporter")).build()).send().expectProblem(403);
        act(US_REPORTER, id, "ratify", null).expectProblem(403);
        act(INT_AUDITOR, id, "ratify", null).expectProblem(403);
        assertEquals("proposed", status(CN_LIAISON, id));

        List<String> actions = ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id));
        assertTrue(actions.contains("agreement.ratified.refused"), actions.toString());
        assertTrue(actions.contains("agreement.read.refused"), actions.toString());
        assertFalse(actions.contains("agreement.ratified"), actions.toString());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        String title = unique("bad input");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("parties", Json.createArrayBuilder().add("CN")).build())
                .send().expectInvalidField("parties");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("parties", Json.createArrayBuilder().add("CN").add("XX"))
                .build()).send().expectInvalidField("parties");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("parties", Json.createArrayBuilder().add("DE").add("US"))
                .build()).send().expectInvalidField("parties");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("validTo", TODAY.minusDays(1).toString()).build())
                .send().expectInvalidField("validTo");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("requestTypes", Json.createArrayBuilder().add("gossip"))
                .build()).send().expectInvalidField("requestTypes");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("maxTlp", "PURPLE").build()).send()
                .expectInvalidField("maxTlp");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("ackHours", 0).build()).send()
                .expectInvalidField("ackHours");
        Api.post(PATH).as(CN_LIAISON).json(body(title).add("status", "in-force").build()).send().expectProblem(400);

        assertFalse(Api.get(PATH).as(CN_LIAISON).send().expect(200).body().contains(title));
    }

    @Test
    void illegalTransitionsAreConflictsNamingTheStatus() {
        String id = inForce("transitions");
        assertTrue(act(US_LIAISON, id, "ratify", null).expectProblem(409).getString("detail").contains("in-force"));

        String other = propose(CN_LIAISON, body(unique("own ratify"))).getString("id");
        assertTrue(act(CN_LIAISON, other, "ratify", null).expectProblem(409).getString("detail")
                .contains("already ratified by CN"));
        act(US_LIAISON, other, "reject", " ").expectInvalidField("reason");
        JsonObject rejected = act(US_LIAISON, other, "reject", "not now").expect(200).json();
        assertEquals("rejected", rejected.getString("status"));
        assertEquals("not now", rejected.getString("statusReason"));

        assertEquals("terminated", act(CN_LIAISON, id, "terminate", "ended").expect(200).json().getString("status"));
        assertTrue(act(US_LIAISON, id, "terminate", "again").expectProblem(409).getString("detail")
                .contains("terminated"));
        assertEquals(List.of("agreement.proposed", "agreement.ratified", "agreement.terminated"),
                ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)));
    }

    @Test
    void eitherPartyMaySuspendAndSuspensionEndsOnlyByTermination() {
        String id = inForce("suspend");
        JsonObject suspended = act(US_LIAISON, id, "suspend", "breach of TLP").expect(200).json();
        assertEquals("suspended", suspended.getString("status"));
        assertEquals("suspended", status(CN_AUDITOR, id));
        act(CN_LIAISON, id, "suspend", "again").expectProblem(409);
        act(DE_LIAISON, id, "suspend", "not mine").expectProblem(404);
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(US_AUDITOR, id)).contains("agreement.suspended"));
    }

    @Test
    void aNewVersionReplacesTheOldOnlyOnceItIsRatified() {
        String old = inForce("versions");
        JsonObject next = Api.post(PATH + "/" + old + "/versions").as(US_LIAISON)
                .json(body(unique("versions v2")).add("maxTlp", "RED").build()).send().expect(201).json();
        String id = next.getString("id");
        assertEquals(2, next.getInt("versionNumber"));
        assertEquals(old, next.getString("supersedes"));
        assertEquals("proposed", next.getString("status"));
        assertEquals("in-force", status(CN_LIAISON, old));

        act(CN_LIAISON, id, "ratify", null).expect(200);
        assertEquals("in-force", status(CN_LIAISON, id));
        assertEquals("superseded", status(CN_LIAISON, old));
        assertEquals(List.of("agreement.version-proposed", "agreement.ratified"),
                ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, id)));
        Api.post(PATH + "/" + old + "/versions").as(CN_LIAISON).json(body(unique("v3")).build()).send()
                .expectProblem(409);
    }

    /** Who may read a CN–US agreement: each demo user, one cell each (like ReportIsolationMatrixIT). */
    @Test
    void readMatrixOfEveryDemoUser() {
        String id = inForce("matrix");
        for (DemoUser user : DemoUsers.all()) {
            int expected = user.role() == null || DemoUser.ADMIN.equals(user.role()) ? 403
                    : List.of("CN", "US", "INT").contains(user.country()) ? 200 : 404;
            Reply reply = Api.get(PATH + "/" + id).as(user).send();
            assertEquals(expected, reply.status(), () -> user.username() + ": " + reply);
            if (expected == 200) {
                assertEquals(id, reply.json().getString("id"));
                assertTrue(Reply.strings(Api.get(PATH).as(user).send().expect(200).array(), "id").contains(id));
            }
        }
    }

    @Test
    void aRetriedProposalWithTheSameIdempotencyKeyIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        JsonObject body = body(unique("idempotent")).build();
        String first = Api.post(PATH).as(CN_LIAISON).header("Idempotency-Key", key).json(body).send().expect(201)
                .json().getString("id");
        String again = Api.post(PATH).as(CN_LIAISON).header("Idempotency-Key", key).json(body).send().expect(201)
                .json().getString("id");
        assertEquals(first, again);
        assertEquals(List.of("agreement.proposed"),
                ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, first)));
    }
}
