package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_GUEST;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Base64;
import java.util.List;
import org.accord.exchangelog.merkle.ConsistencyProof;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadVerifier;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * The exchange log records each cross-border decision exactly once, in the action's own
 * transaction; shows each country only what involves it; holds no report content; and proves what
 * it holds with signed heads and Merkle proofs that check out with the published public key.
 */
class ExchangeLogIT {

    private static final String LOG = ExchangeLogApi.PATH;

    @Test
    void aDeniedReadOfAnotherCountrysReportIsOneRefusalEntryInvolvingBothCountries() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("log refusal")).getString("id");
        assertEquals(List.of(), ExchangeLogApi.entriesAbout(INT_AUDITOR, id));

        Api.get(Reports.path(id)).as(US_REPORTER).send().expectProblem(404);

        List<JsonObject> entries = ExchangeLogApi.entriesAbout(INT_AUDITOR, id);
        assertEquals(List.of("report.read.refused"), ExchangeLogApi.actions(entries));
        JsonObject refusal = entries.get(0);
        assertEquals("us-reporter", refusal.getString("actor"));
        assertEquals("US", refusal.getString("actorCountry"));
        assertEquals(List.of("CN", "US"), strings(refusal.getJsonArray("countries")));
        assertTrue(refusal.getString("outcome").contains("another country"), refusal.toString());
    }

    @Test
    void anOversightReadIsOneEntryAndADomesticReadOrAFailedReadIsNone() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("log oversight")).getString("id");
        Reports.read(CN_REPORTER, id);
        Api.get(Reports.path("CN-1999-999999")).as(INT_AUDITOR).send().expectProblem(404);
        Reports.read(INT_AUDITOR, id);

        List<JsonObject> entries = ExchangeLogApi.entriesAbout(INT_AUDITOR, id);
        assertEquals(List.of("report.read"), ExchangeLogApi.actions(entries));
        assertEquals(List.of("CN", "INT"), strings(entries.get(0).getJsonArray("countries")));
        assertEquals(List.of(), ExchangeLogApi.entriesAbout(INT_AUDITOR, "CN-1999-999999"));
    }

    @Test
    void eachCountrySeesOnlyTheEntriesThatInvolveIt() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("log visibility")).getString("id");
        Api.get(Reports.path(id)).as(US_REPORTER).send().expectProblem(404);

        assertEquals(1, ExchangeLogApi.entriesAbout(CN_AUDITOR, id).size());
        assertEquals(1, ExchangeLogApi.entriesAbout(US_AUDITOR, id).size());
        assertEquals(List.of(), ExchangeLogApi.entriesAbout(DemoUsers.national("DE", DemoUser.AUDITOR), id));
        for (JsonObject entry : Api.get(LOG + "/entries?size=500").as(US_AUDITOR).send().expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertTrue(strings(entry.getJsonArray("countries")).contains("US"), entry.toString());
        }
    }

    @Test
    void readingTheLogIsItselfRecorded() {
        ExchangeLogApi.entriesAbout(US_AUDITOR, "anything");
        List<JsonObject> reads = Api.get(LOG + "/entries?size=500&action=exchange-log.read").as(US_AUDITOR).send()
                .expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(reads.stream().anyMatch(e -> e.getString("actor").equals("us-auditor")
                && e.getString("outcome").contains("object=anything")), reads.toString());
    }

    @Test
    void onlyReadersOfTheLogReachItAndNobodyWritesToIt() {
        Api.get(LOG + "/entries").as(PORTAL_ADMIN).send().expectProblem(403);
        Api.get(LOG + "/entries").as(CN_GUEST).send().expectProblem(403);
        Api.post(LOG + "/verify").as(CN_REPORTER).send().expectProblem(403);
        Api.post(LOG + "/tree-heads").as(CN_REPORTER).send().expectProblem(403);
        Api.get(LOG + "/export/entries.jsonl?start=0&end=1").as(CN_REPORTER).send().expectProblem(403);
        Api.get(LOG + "/export/log.zip").as(US_REPORTER).send().expectProblem(403);
        Api.put(LOG + "/entries").as(INT_AUDITOR).json(jakarta.json.Json.createObjectBuilder().build()).send()
                .expectProblem(405);
        Api.get(LOG + "/entries").send().expectProblem(401);
    }

    @Test
    void noResponseOfTheLogCarriesReportContent() {
        String secret = "RED-SECRET-" + java.util.UUID.randomUUID();
        String id = Reports.create(CN_REPORTER, Reports.body(Reports.uniqueTitle("log red"))
                .add("tlp", "RED").add("description", secret).build()).getString("id");
        Api.get(Reports.path(id)).as(US_REPORTER).send().expectProblem(404);
        Reports.read(INT_AUDITOR, id);
        long size = ExchangeLogApi.publishHead(CN_AUDITOR).getJsonNumber("size").longValue();

        for (String body : List.of(
                Api.get(LOG + "/entries?size=500&objectId=" + id).as(INT_AUDITOR).send().expect(200).body(),
                Api.get(LOG + "/entries?size=500").as(CN_AUDITOR).send().expect(200).body(),
                Api.get(LOG + "/export/entries.jsonl?start=0&end=" + size).as(INT_AUDITOR).send().expect(200).body())) {
            assertFalse(body.contains(secret));
        }
    }

    @Test
    void signedHeadsAndProofsCheckOutWithThePublishedKey() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("log proof")).getString("id");
        long before = ExchangeLogApi.publishHead(CN_AUDITOR).getJsonNumber("size").longValue();
        Api.get(Reports.path(id)).as(US_REPORTER).send().expectProblem(404);
        JsonObject head = ExchangeLogApi.publishHead(CN_AUDITOR);
        long size = head.getJsonNumber("size").longValue();
        assertTrue(size > before);

        String pem = Api.get(LOG + "/public-key").as(US_AUDITOR).send().expect(200).body();
        SignedTreeHead signed = new SignedTreeHead(size, decode(head.getString("rootHash")),
                java.time.Instant.parse(head.getString("time")), decode(head.getString("signature")));
        assertTrue(new TreeHeadVerifier(org.accord.exchangelog.treehead.Ed25519Keys.read(pem)).verify(signed));

        JsonObject refusal = ExchangeLogApi.entriesAbout(US_AUDITOR, id).get(0);
        long seq = refusal.getJsonNumber("seq").longValue();
        JsonObject proof = Api.get(LOG + "/proofs/inclusion?seq=" + seq + "&treeSize=" + size).as(US_AUDITOR)
                .send().expect(200).json();
        assertTrue(InclusionProof.isValid(seq, size, decode(refusal.getString("leafHash")),
                decodeAll(strings(proof.getJsonArray("path"))), signed.rootHash()));

        JsonObject older = Api.get(LOG + "/tree-heads").as(US_AUDITOR).send().expect(200).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getJsonNumber("size").longValue() == before).findFirst().orElseThrow();
        JsonObject consistency = Api.get(LOG + "/proofs/consistency?from=" + before + "&to=" + size)
                .as(US_AUDITOR).send().expect(200).json();
        assertTrue(ConsistencyProof.isValid(before, size, decode(older.getString("rootHash")), signed.rootHash(),
                decodeAll(strings(consistency.getJsonArray("proof")))));
    }

    @Test
    void verifyNowFindsTheLogIntact() {
        ExchangeLogApi.publishHead(INT_AUDITOR);
        JsonObject result = ExchangeLogApi.verifyNow(CN_AUDITOR);
        assertTrue(result.getBoolean("intact"), result.toString());
    }

    private static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static List<byte[]> decodeAll(List<String> base64) {
        return base64.stream().map(ExchangeLogIT::decode).toList();
    }
}
