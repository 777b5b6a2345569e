package org.accord.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Agreements that system tests of other features need in force. */
public final class Agreements {

    private Agreements() {
    }

    /**
     * An agreement between {@code proposer}'s country and {@code partner}, proposed by the proposer's liaison
     * and ratified by the partner's, in force from yesterday for a year; returns its id.
     */
    public static String inForce(String proposer, String partner, String maxTlp, int retentionDays,
            String... evidenceCategories) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonArrayBuilder categories = Json.createArrayBuilder();
        for (String category : evidenceCategories) {
            categories.add(category);
        }
        String id = Api.post("/api/agreements").as(DemoUsers.liaisonOf(proposer)).json(Json.createObjectBuilder()
                .add("title", "Evidence test " + UUID.randomUUID()).add("legalBasis", "MoU")
                .add("legalBasisKind", "bilateral-mou").add("parties", Json.createArrayBuilder().add(proposer).add(partner))
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("requestTypes", Json.createArrayBuilder().add("information-request")).add("maxTlp", maxTlp)
                .add("evidenceCategories", categories).add("ackHours", 24).add("answerBusinessDays", 5)
                .add("retentionDays", retentionDays).add("onwardSharing", false).build())
                .send().expect(201).json().getString("id");
        Api.post("/api/agreements/" + id + "/ratify").as(DemoUsers.liaisonOf(partner)).send().expect(200);
        return id;
    }

    /**
     * Terminates an agreement as the liaison of {@code party}, so that a test leaves no agreement in force
     * that other tests assume absent (they run on the same database, in no fixed order).
     */
    public static void terminate(String id, String party) {
        DemoUser liaison = DemoUsers.liaisonOf(party);
        Reply current = Api.get("/api/agreements/" + id).as(liaison).send().expect(200);
        Api.post("/api/agreements/" + id + "/terminate").as(liaison).ifMatch(current.etag())
                .json(Json.createObjectBuilder().add("reason", "end of test").build()).send().expect(200);
    }
}
