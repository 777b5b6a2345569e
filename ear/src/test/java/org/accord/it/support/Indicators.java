package org.accord.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Calls on a report's indicators that the indicator tests share (docs/indicators.md). */
public final class Indicators {

    private Indicators() {
    }

    public static String path(String report) {
        return Reports.path(report) + "/indicators";
    }

    public static Reply importCsv(DemoUser user, String report, String csv, String query) {
        return Api.post(path(report) + query).as(user).body(csv).header("Content-Type", "text/csv").send();
    }

    public static JsonObject list(DemoUser user, String report, String query) {
        return Api.get(path(report) + query).as(user).send().expect(200).json();
    }

    public static long total(DemoUser user, String report) {
        return list(user, report, "?size=1").getJsonNumber("total").longValue();
    }

    public static JsonObject routing(DemoUser user, String report) {
        return Api.get(path(report) + "/routing").as(user).send().expect(200).json();
    }

    /**
     * CN and US agree on investigation support (a type no other test's agreement covers, so DE refuses it); returns
     * the agreement's id.
     */
    public static String investigationSupportInForce() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = Api.post("/api/agreements").as(DemoUsers.CN_LIAISON).json(Json.createObjectBuilder()
                .add("title", "Indicators " + UUID.randomUUID()).add("legalBasis", "MoU")
                .add("legalBasisKind", "bilateral-mou").add("parties", Json.createArrayBuilder().add("CN").add("US"))
                .add("validFrom", today.minusDays(1).toString()).add("validTo", today.plusYears(1).toString())
                .add("requestTypes", Json.createArrayBuilder().add("investigation-support")).add("maxTlp", "AMBER")
                .add("evidenceCategories", Json.createArrayBuilder()).add("ackHours", 24).add("answerBusinessDays", 5)
                .add("retentionDays", 30).add("onwardSharing", false).build()).send().expect(201).json().getString("id");
        Api.post("/api/agreements/" + id + "/ratify").as(DemoUsers.US_LIAISON).send().expect(200);
        return id;
    }
}
