package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SECURITY.md cases 2–6, the attacks on tenancy that MISP and TheHive met: an id of mine in the route and
 * another country's in the body (2); a partner changing or passing on what was only shown to it (3);
 * lists, counts, custody and PDFs revealing what was not shared (4); a list and a detail that disagree (5);
 * tenant, owner and state smuggled in a body, a query or a header (6).
 */
class TenancyAttacksIT {

    static final DemoUser DE_LIAISON = DemoUsers.liaisonOf("DE");
    static final DemoUser DE_AUDITOR = DemoUsers.national("DE", DemoUser.AUDITOR);
    static final String MARK = "tenancy" + Long.toHexString(System.nanoTime());

    static Instant start;
    static String report;
    static String usReport;
    static String request;
    static String evidence;
    static final List<String[]> AGREEMENTS = new ArrayList<>();

    @AfterAll
    static void endAgreements() {
        AGREEMENTS.forEach(a -> Agreements.terminate(a[0], a[1]));
    }

    @BeforeAll
    static void fixtures() {
        start = Instant.now().minusSeconds(2);
        AGREEMENTS.add(new String[] {AgreementIT.inForce(MARK), "CN"});
        report = Reports.create(CN_REPORTER, Reports.body(MARK + " CN report").build()).getString("id");
        usReport = Reports.create(US_REPORTER, Reports.body(MARK + " US report").build()).getString("id");
        request = Requests.send(CN_REPORTER, Requests.body("US", MARK + " request", List.of(report)).build())
                .expect(201).json().getString("id");
        evidence = EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER",
                (MARK + " evidence").getBytes(StandardCharsets.UTF_8)).getString("id");
        EvidenceApi.share(CN_LIAISON, evidence, "US").expect(201);
    }

    // --- case 2: route id of mine, body id of another's ----------------------------------------------

    @Test
    void anUpdateOfMyReportCarryingAnotherCountrysIdIsRefusedAndNeitherChanges() {
        JsonObject mine = Reports.read(CN_REPORTER, report);
        JsonObject theirs = Reports.read(US_REPORTER, usReport);
        Api.put(Reports.path(report)).as(CN_REPORTER).ifMatch("\"" + mine.getInt("version") + "\"")
                .json(Reports.body("hijacked").add("id", usReport).build()).send().expectProblem(400);
        Api.put(Reports.path(usReport)).as(CN_REPORTER).ifMatch("\"" + theirs.getInt("version") + "\"")
                .json(Reports.body("hijacked").build()).send().expectProblem(404);
        assertEquals(mine, Reports.read(CN_REPORTER, report));
        assertEquals(theirs, Reports.read(US_REPORTER, usReport));
    }

    @Test
    void aRequestAboutAnotherCountrysReportIsRefusedAndNothingIsSent() {
        String title = Requests.uniqueTitle(MARK + " foreign report");
        Reply reply = Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report, usReport)).build());
        assertTrue(reply.status() == 404 || reply.status() == 422, reply::toString);
        reply.expectProblem(reply.status());
        assertFalse(Requests.titles(CN_REPORTER, "outgoing").contains(title));
        assertFalse(Requests.titles(US_LIAISON, "incoming").contains(title));
    }

    @Test
    void evidenceCannotBeAttachedToAnotherCountrysReportNorToOneOnlyShownToMe() {
        String name = MARK + "-attached.txt";
        // another country's report does not exist for CN; the report US was shown is read-only for US
        EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(usReport, "logs", "AMBER", name),
                BodyPublishers.ofString("planted")).expectProblem(404);
        EvidenceApi.upload(US_REPORTER, EvidenceApi.query(report, "logs", "AMBER", name),
                BodyPublishers.ofString("planted")).expectProblem(403);
        for (DemoUser owner : List.of(CN_REPORTER, US_REPORTER)) {
            assertFalse(Api.get(EvidenceApi.PATH).as(owner).send().expect(200).body().contains(name));
        }
    }

    // --- case 3: what is shown or shared is read-only for the partner --------------------------------

    @Test
    void thePartnerCannotEditMoveReShareOrRevokeWhatItWasShown() {
        Reply shown = Api.get(Reports.path(report)).as(US_LIAISON).send().expect(200);
        JsonObject before = Reports.read(CN_REPORTER, report);
        String sharesBefore = Api.get(EvidenceApi.path(evidence) + "/shares").as(CN_LIAISON).send().expect(200).body();
        Api.put(Reports.path(report)).as(US_LIAISON).ifMatch(shown.etag()).json(Reports.body("edited by US").build())
                .send().expectProblem(403);
        for (String step : List.of("submit", "triage", "close")) {
            Reply reply = Api.post(Reports.path(report) + "/" + step).as(US_LIAISON).ifMatch(shown.etag()).send();
            assertTrue(reply.status() == 403 || reply.status() == 404, () -> step + ": " + reply);
        }
        Reply reshare = Api.post(EvidenceApi.path(evidence) + "/shares").as(US_LIAISON)
                .json(Json.createObjectBuilder().add("partner", "DE").build()).send();
        assertTrue(reshare.status() == 403 || reshare.status() == 404, reshare::toString);
        Reply revoke = Api.delete(EvidenceApi.path(evidence) + "/shares/US").as(US_LIAISON).send();
        assertTrue(revoke.status() == 403 || revoke.status() == 404, revoke::toString);

        assertEquals(before, Reports.read(CN_REPORTER, report));
        assertEquals(sharesBefore, Api.get(EvidenceApi.path(evidence) + "/shares").as(CN_LIAISON).send().body());
        Api.get(EvidenceApi.path(evidence)).as(DE_LIAISON).send().expectProblem(404);
        assertEquals(200, Api.get(EvidenceApi.path(evidence)).as(US_LIAISON).send().status());
    }

    // --- case 4: lists, counts, custody and PDFs reveal nothing unshared ------------------------------

    /** Defect found: a receiver read the whole chain of custody, with every other receiver and its downloads. */
    @Test
    void aReceiverSeesNeitherAnotherReceiverNorItsDownloads() throws Exception {
        // DE, not FR: RequestIT needs CN and FR never to have had an agreement
        AGREEMENTS.add(new String[] {Agreements.inForce("CN", "DE", "AMBER", 30, "logs"), "CN"});
        String shared = EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER",
                (MARK + " two receivers").getBytes(StandardCharsets.UTF_8)).getString("id");
        EvidenceApi.share(CN_LIAISON, shared, "US").expect(201);
        EvidenceApi.share(CN_LIAISON, shared, "DE").expect(201);
        EvidenceApi.downloadStream(DE_LIAISON, shared).body().readAllBytes();
        EvidenceApi.downloadStream(US_LIAISON, shared).body().readAllBytes();

        for (String[] pair : List.of(new String[] {"US", "DE"}, new String[] {"DE", "US"})) {
            DemoUser receiver = DemoUsers.liaisonOf(pair[0]);
            String other = pair[1];
            for (String part : List.of("/custody", "/shares", "")) {
                Reply reply = Api.get(EvidenceApi.path(shared) + part).as(receiver).send().expect(200);
                assertFalse(reply.body().contains("\"" + other + "\"") || reply.body().contains(other.toLowerCase() + "-"),
                        () -> receiver + " reads " + other + " in " + part + ": " + reply);
            }
        }
        String owners = Api.get(EvidenceApi.path(shared) + "/custody").as(CN_LIAISON).send().expect(200).body();
        assertTrue(owners.contains("de-liaison") && owners.contains("us-liaison"), owners);
    }

    @Test
    void aThirdCountrysListsAndCountsDoNotMoveWhenOthersFileAndShare() {
        List<Integer> before = counts(DE_LIAISON);
        String another = Reports.create(CN_REPORTER, Reports.body(MARK + " counted").build()).getString("id");
        Requests.send(CN_REPORTER, Requests.body("US", MARK + " counted", List.of(another)).build()).expect(201);
        String ev = EvidenceApi.upload(CN_REPORTER, another, "logs", "AMBER", (MARK + "counted").getBytes()).getString("id");
        EvidenceApi.share(CN_LIAISON, ev, "US").expect(201);
        assertEquals(before, counts(DE_LIAISON));
        for (String filter : List.of("?status=draft", "?tlp=AMBER", "?rsitClass=malicious-code", "?sort=title")) {
            assertFalse(Api.get(Reports.PATH + filter + (filter.isEmpty() ? "?" : "&") + "size=200").as(DE_LIAISON)
                    .send().expect(200).body().contains(MARK), filter);
        }
    }

    /** Reports, requests in, requests out, evidence, agreements, notifications, log entries. */
    static List<Integer> counts(DemoUser user) {
        return List.of(Api.get(Reports.PATH).as(user).send().expect(200).json().getInt("total"),
                Api.get(Requests.PATH + "?direction=incoming").as(user).send().expect(200).json().getInt("total"),
                Api.get(Requests.PATH + "?direction=outgoing").as(user).send().expect(200).json().getInt("total"),
                Api.get(EvidenceApi.PATH).as(user).send().expect(200).array().size(),
                Api.get("/api/agreements").as(user).send().expect(200).array().size(),
                Api.get("/api/notifications").as(user).send().expect(200).array().size());
    }

    @Test
    void anAuditorsDossierAboutAnotherCountrysRequestListsNothingOfIt() {
        Pdfs.Download pdf = Pdfs.download(DE_AUDITOR, "/api/exchange-log/dossier.pdf?objectId=" + request);
        assertEquals(200, pdf.status());
        String text = Pdfs.text(pdf.body());
        assertFalse(text.contains("request.sent") || text.contains(MARK), text);
        Pdfs.Download own = Pdfs.download(DemoUsers.US_AUDITOR, "/api/exchange-log/dossier.pdf?objectId=" + request);
        assertTrue(Pdfs.text(own.body()).contains("request.sent"), "the partner's auditor sees it: the check can fail");
    }

    // --- case 5: a list and a detail agree ------------------------------------------------------------

    @ParameterizedTest(name = "{0}: every listed object opens; no refused fixture is listed")
    @MethodSource("users")
    void listAndDetailAgree(DemoUser user) {
        if (user.role() == null || user.hasRole(DemoUser.ADMIN)) {
            Api.get(Reports.PATH).as(user).send().expectProblem(403);
            return;
        }
        List<String> listed = new ArrayList<>();
        listed.addAll(ids(Reports.list(user, "from", start.toString(), "size", "200").expect(200).json()
                .getJsonArray("items").toString(), Reports.PATH));
        for (String direction : List.of("incoming", "outgoing")) {
            listed.addAll(ids(Api.get(Requests.PATH + "?size=200&direction=" + direction).as(user).send().expect(200)
                    .json().getJsonArray("items").toString(), Requests.PATH));
        }
        listed.addAll(ids(Api.get(EvidenceApi.PATH).as(user).send().expect(200).body(), EvidenceApi.PATH));
        listed.addAll(ids(Api.get("/api/agreements").as(user).send().expect(200).body(), "/api/agreements"));
        for (String path : listed.stream().limit(60).toList()) {
            Api.get(path).as(user).send().expect(200);
        }
        for (String path : List.of(Reports.path(report), Reports.path(usReport), Requests.PATH + "/" + request,
                EvidenceApi.path(evidence))) {
            if (Api.get(path).as(user).send().status() != 200) {
                assertFalse(listed.contains(path), () -> user + " lists " + path + " which it cannot open");
            }
        }
    }

    static Stream<DemoUser> users() {
        return DemoUsers.all().stream();
    }

    private static List<String> ids(String json, String base) {
        var array = Json.createReader(new java.io.StringReader(json)).readArray();
        return Reply.strings(array, "id").stream().map(id -> base + "/" + id).toList();
    }

    // --- case 6: the tenant comes from the token only ------------------------------------------------

    @ParameterizedTest(name = "a request body carrying {0} → 400 naming it, nothing sent")
    @ValueSource(strings = {"country", "tenant", "owner", "createdBy", "status", "fromCountry", "requestingCountry"})
    void aRequestBodyCarryingAFieldTheServerOwnsIs400(String field) {
        String title = Requests.uniqueTitle(MARK + " carries " + field);
        JsonObject problem = Requests.send(CN_REPORTER, Requests.body("US", title, List.of(report)).add(field, "DE")
                .build()).expectProblem(400);
        assertTrue(problem.toString().contains(field), problem::toString);
        assertFalse(Requests.titles(CN_REPORTER, "outgoing").contains(title));
    }

    @ParameterizedTest(name = "a report body carrying {0} → 400 naming it")
    @ValueSource(strings = {"tenant", "createdBy", "hash", "sha256", "version"})
    void aReportBodyCarryingMoreServerOwnedFieldsIs400(String field) {
        JsonObject problem = Api.post(Reports.PATH).as(CN_REPORTER).json(Reports.body(MARK + " " + field)
                .add(field, "US").build()).send().expectProblem(400);
        assertTrue(problem.toString().contains(field), problem::toString);
        Reports.assertStored(0, CN_REPORTER, MARK + " " + field, start);
    }

    @Test
    void evidenceQueryParametersNamingAnotherTenantOrHashAreIgnored() {
        byte[] bytes = (MARK + " spoofed upload").getBytes(StandardCharsets.UTF_8);
        String fake = "0".repeat(64);
        JsonObject stored = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "AMBER", "x.txt")
                + "&country=US&owner=us-reporter&sha256=" + fake + "&tenant=US", BodyPublishers.ofByteArray(bytes))
                .expect(201).json();
        assertEquals("CN", stored.getString("country"));
        assertEquals(EvidenceApi.sha256(bytes), stored.getString("sha256"));
        Reply reply = Api.get(EvidenceApi.PATH + "?report=" + report).as(CN_REPORTER).header("X-Tenant", "US")
                .header("X-Country", "US").send().expect(200);
        assertTrue(reply.body().contains(EvidenceApi.sha256(bytes)), reply::toString);
        assertFalse(reply.body().contains(fake), reply::toString);
        assertFalse(Api.get(EvidenceApi.PATH).as(DemoUsers.national("US", DemoUser.AUDITOR)).send().body()
                .contains(EvidenceApi.sha256(bytes)));
    }

    @Test
    void anAgreementProposedAsInForceOrForOtherPartiesIsRefused() {
        JsonObject body = AgreementIT.body(AgreementIT.unique(MARK + " status")).add("status", "in-force").build();
        Api.post("/api/agreements").as(CN_LIAISON).json(body).send().expectProblem(400);
        JsonObject others = AgreementIT.body(AgreementIT.unique(MARK + " others"))
                .add("parties", Json.createArrayBuilder().add("DE").add("FR")).build();
        Reply reply = Api.post("/api/agreements").as(CN_LIAISON).json(others).send();
        assertTrue(reply.status() == 403 || reply.status() == 422, reply::toString);
        assertFalse(Api.get("/api/agreements").as(DE_LIAISON).send().body().contains(MARK));
    }

    @Test
    void tenantHeadersOnListsChangeNothing() {
        for (String path : List.of(Requests.PATH + "?direction=outgoing&size=200", EvidenceApi.PATH, "/api/agreements",
                "/api/exchange-log/entries?size=50")) {
            String plain = Api.get(path).as(DE_LIAISON).send().expect(200).body();
            String spoofed = Api.get(path).as(DE_LIAISON).header("X-Tenant", "CN").header("X-Country", "CN")
                    .header("X-Forwarded-User", "cn-liaison").send().expect(200).body();
            assertFalse(spoofed.contains(MARK), path);
            assertEquals(plain.length() > 0, spoofed.length() > 0, path);
        }
    }
}
