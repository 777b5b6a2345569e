package org.accord.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sharing evidence under agreements (docs/evidence.md, "Share", "Retention"): refused without an agreement
 * in force, or with a category or TLP the agreement does not allow (403 naming the term, refusal logged);
 * allowed with one; the receiver reads and downloads until the owner revokes or the retention ends (the
 * retention clock of the test server is moved ahead), then it is 404 for the receiver and the owner keeps it.
 * FR owns the evidence, US receives, DE is never involved.
 */
class EvidenceSharingIT {

    static final DemoUser FR_REPORTER = DemoUsers.reporterOf("FR");
    static final DemoUser FR_LIAISON = DemoUsers.liaisonOf("FR");
    static final DemoUser US_LIAISON = DemoUsers.US_LIAISON;
    static final DemoUser US_REPORTER = DemoUsers.US_REPORTER;
    static final DemoUser DE_LIAISON = DemoUsers.liaisonOf("DE");

    @TempDir
    static Path dir;

    static String report;
    static String agreement;

    @BeforeAll
    static void fixtures() {
        report = Reports.create(FR_REPORTER, Reports.uniqueTitle("EvidenceSharingIT")).getString("id");
        agreement = Agreements.inForce("FR", "US", "GREEN", 30, "network-captures");
    }

    @AfterEach
    void realTime() {
        EvidenceApi.retentionClockAhead("PT0S");
    }

    static String upload(String category, String tlp) {
        return EvidenceApi.upload(FR_REPORTER, report, category, tlp, ("capture " + category + tlp + Instant.now())
                .getBytes()).getString("id");
    }

    @Test
    void withoutAnAgreementInForceSharingIsRefusedNamingItAndLogged() {
        assertTrue(Api.get("/api/agreements?status=in-force&partner=DE").as(FR_LIAISON).send().expect(200).array()
                .isEmpty(), "precondition: no FR-DE agreement in force");
        String id = upload("network-captures", "GREEN");
        JsonObject problem = EvidenceApi.share(FR_LIAISON, id, "DE").expectProblem(403);
        assertTrue(problem.getString("detail").contains("no agreement in force"), problem.toString());
        Api.get(EvidenceApi.path(id)).as(DE_LIAISON).send().expectProblem(404);
        assertEquals(List.of("uploaded"), EvidenceApi.custodyEvents(FR_LIAISON, id));
        List<JsonObject> entries = ExchangeLogApi.entriesAbout(DemoUsers.INT_AUDITOR, id);
        JsonObject refused = entries.stream().filter(e -> e.getString("action").equals("evidence.shared.refused"))
                .findFirst().orElseThrow(() -> new AssertionError(entries.toString()));
        assertTrue(refused.getString("outcome").contains("no agreement in force"), refused.toString());
    }

    @Test
    void aCategoryOrTlpTheAgreementDoesNotAllowIsRefusedNamingTheTerm() {
        String malware = upload("malware-samples", "GREEN");
        String detail = EvidenceApi.share(FR_LIAISON, malware, "US").expectProblem(403).getString("detail");
        assertTrue(detail.contains("category malware-samples is not covered by agreement"), detail);
        String red = upload("network-captures", "RED");
        detail = EvidenceApi.share(FR_LIAISON, red, "US").expectProblem(403).getString("detail");
        assertTrue(detail.contains("TLP RED is above the ceiling GREEN"), detail);
        Api.get(EvidenceApi.path(red)).as(US_LIAISON).send().expectProblem(404);
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(DemoUsers.INT_AUDITOR, red))
                .contains("evidence.shared.refused"));
    }

    @Test
    void onlyTheOwnersLiaisonSharesAndNotTwiceNorWithItself() {
        String id = upload("network-captures", "GREEN");
        EvidenceApi.share(FR_REPORTER, id, "US").expectProblem(403);
        EvidenceApi.share(FR_LIAISON, id, "FR").expectInvalidField("partner");
        EvidenceApi.share(FR_LIAISON, id, "XX").expectInvalidField("partner");
        EvidenceApi.share(FR_LIAISON, id, "US").expect(201);
        EvidenceApi.share(FR_LIAISON, id, "US").expectProblem(409);
        EvidenceApi.share(US_LIAISON, id, "DE").expectProblem(403);
    }

    @Test
    void allowedWithAnAgreementTheReceiverReadsAndDownloadsUntilRevoked() throws IOException {
        String id = upload("network-captures", "GREEN");
        JsonObject share = EvidenceApi.share(FR_LIAISON, id, "US").expect(201).json();
        assertEquals(agreement, share.getString("agreement"));
        assertEquals("active", share.getString("status"));
        assertEquals(Instant.parse(share.getString("sharedAt")).plusSeconds(30L * 86400),
                Instant.parse(share.getString("expiresAt")));

        JsonObject seen = Api.get(EvidenceApi.path(id)).as(US_REPORTER).send().expect(200).json();
        assertEquals("FR", seen.getString("country"));
        assertTrue(Reply.strings(Api.get(EvidenceApi.PATH).as(US_LIAISON).send().expect(200).array(), "id").contains(id));
        HttpResponse<Path> download = EvidenceApi.download(US_LIAISON, id, dir.resolve(id));
        assertEquals(200, download.statusCode());
        assertEquals(seen.getString("sha256"), EvidenceApi.sha256sum(download.body()));
        Api.get(EvidenceApi.path(id)).as(DE_LIAISON).send().expectProblem(404);

        JsonObject revoked = Api.delete(EvidenceApi.path(id) + "/shares/US").as(FR_LIAISON).send().expect(200).json();
        assertEquals("revoked", revoked.getString("status"));
        Api.get(EvidenceApi.path(id)).as(US_LIAISON).send().expectProblem(404);
        assertEquals(404, EvidenceApi.download(US_LIAISON, id, dir.resolve(id + "-again")).statusCode());
        Api.delete(EvidenceApi.path(id) + "/shares/US").as(FR_LIAISON).send().expectProblem(409);

        assertEquals(List.of("uploaded", "shared", "downloaded", "revoked"), EvidenceApi.custodyEvents(FR_LIAISON, id));
        JsonObject downloaded = Api.get(EvidenceApi.path(id) + "/custody").as(FR_LIAISON).send().expect(200).array()
                .getJsonObject(2);
        assertEquals("us-liaison", downloaded.getString("actor"));
        assertEquals(agreement, downloaded.getString("agreement"));
        List<String> actions = ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(DemoUsers.INT_AUDITOR, id));
        assertTrue(actions.containsAll(List.of("evidence.shared", "evidence.read", "evidence.downloaded",
                "evidence.revoked")), actions.toString());
    }

    @Test
    void whenRetentionEndsTheReceiverLosesAccessAndThePurgeIsRecordedWhileTheOwnerKeepsIt() {
        String id = upload("network-captures", "GREEN");
        EvidenceApi.share(FR_LIAISON, id, "US").expect(201);
        Api.get(EvidenceApi.path(id)).as(US_LIAISON).send().expect(200);

        EvidenceApi.retentionClockAhead("P29DT23H");
        Api.get(EvidenceApi.path(id)).as(US_LIAISON).send().expect(200);
        EvidenceApi.retentionClockAhead("P30DT1M");
        Api.get(EvidenceApi.path(id)).as(US_LIAISON).send().expectProblem(404);
        assertFalse(Reply.strings(Api.get(EvidenceApi.PATH).as(US_LIAISON).send().expect(200).array(), "id")
                .contains(id));
        assertTrue(EvidenceApi.purgeNow() >= 1);

        JsonObject owner = Api.get(EvidenceApi.path(id)).as(FR_LIAISON).send().expect(200).json();
        assertEquals("purged", owner.getJsonArray("shares").getJsonObject(0).getString("status"));
        assertEquals(List.of("uploaded", "shared", "purged"), EvidenceApi.custodyEvents(FR_LIAISON, id));
        JsonObject purged = ExchangeLogApi.entriesAbout(DemoUsers.INT_AUDITOR, id).stream()
                .filter(e -> e.getString("action").equals("evidence.purged")).findFirst().orElseThrow();
        assertEquals("accord-retention", purged.getString("actor"));
        assertEquals(agreement, purged.getString("agreementId"));
    }
}
