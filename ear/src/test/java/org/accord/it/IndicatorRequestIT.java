package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.accord.it.support.Agreements;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;

/**
 * One request per responsible country in one action (docs/indicators.md): each checked against the
 * agreements on its own, each carrying exactly its country's indicators, which that country's liaison reads
 * and exports; a third country sees none of them.
 */
class IndicatorRequestIT {

    private static final String FEED = """
            ipv4,4.1.2.3,c2-server
            ipv4,4.1.2.4,infected-system
            url,http://c2.example.us/gate,c2-server
            ipv4,5.144.0.1,infected-system
            domain,evil.example.de,c2-server
            ipv4,1.80.0.1,infected-system
            ipv4,198.51.100.9
            """;

    @Test
    void oneRequestPerCountryEachWithExactlyItsIndicators() {
        String agreement = Indicators.investigationSupportInForce();
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorRequestIT")).getString("id");
        Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201);

        JsonArray outcomes = Api.post(Indicators.path(report) + "/requests").as(CN_REPORTER)
                .header("Idempotency-Key", "per-country-" + report)
                .json(Json.createObjectBuilder().add("countries", Json.createArrayBuilder().add("US").add("de").add("FR"))
                        .add("type", "investigation-support").add("title", "Control servers in your networks")
                        .add("body", "Please help take them down").build()).send().expect(200).array();
        JsonObject us = outcomes.getJsonObject(0);
        assertEquals("US", us.getString("country"));
        assertEquals("sent", us.getString("outcome"), us::toString);
        assertEquals(3, us.getInt("indicators"));
        JsonObject de = outcomes.getJsonObject(1);
        assertEquals("refused", de.getString("outcome"));
        assertEquals(403, de.getInt("status"));
        assertTrue(de.getString("reason").contains("agreed rules"), de::toString);
        JsonObject fr = outcomes.getJsonObject(2);
        assertEquals("refused", fr.getString("outcome"));
        assertEquals(422, fr.getInt("status"));
        assertTrue(fr.getString("reason").contains("no indicators"), fr::toString);

        String request = us.getString("request");
        JsonObject page = Api.get("/api/requests/" + request + "/indicators").as(US_LIAISON).send().expect(200).json();
        assertEquals(3, page.getInt("total"));
        Set<String> values = new TreeSet<>(page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("value")).toList());
        assertEquals(Set.of("4.1.2.3", "4.1.2.4", "http://c2.example.us/gate"), values);
        String csv = Api.get("/api/requests/" + request + "/indicators/csv").as(US_LIAISON).send().expect(200).body();
        assertEquals(List.of("type,value,role,first_seen,last_seen", "ipv4,4.1.2.3,c2-server,,",
                "ipv4,4.1.2.4,infected-system,,", "url,http://c2.example.us/gate,c2-server,,"), csv.lines().toList());
        // the request page's download link gives the same file
        assertEquals(csv, Api.get("/indicator-export?request=" + request).as(US_LIAISON).send().expect(200).body());
        Api.get("/indicator-export?request=" + request).as(DemoUsers.liaisonOf("FR")).send().expectProblem(404);
        assertEquals(3, Api.get("/api/requests/" + request + "/indicators").as(US_AUDITOR).send().expect(200).json()
                .getInt("total"));
        Api.get("/api/requests/" + request + "/indicators").as(DemoUsers.liaisonOf("DE")).send().expectProblem(404);
        Api.get("/api/requests/" + request + "/indicators/csv").as(DemoUsers.liaisonOf("FR")).send().expectProblem(404);
        // the partner never lists the report's other indicators
        Api.get(Indicators.path(report)).as(US_LIAISON).send().expectProblem(404);
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(INT_AUDITOR, request)).contains("request.indicators-read"));

        JsonArray retry = Api.post(Indicators.path(report) + "/requests").as(CN_REPORTER)
                .header("Idempotency-Key", "per-country-" + report)
                .json(Json.createObjectBuilder().add("countries", Json.createArrayBuilder().add("US"))
                        .add("type", "investigation-support").add("title", "Control servers in your networks")
                        .add("body", "Please help take them down").build()).send().expect(200).array();
        assertEquals(request, retry.getJsonObject(0).getString("request"));
        assertEquals(3, retry.getJsonObject(0).getInt("indicators"));

        // once the agreement ends, the requested country no longer reads them (as TAXII); the sender still does
        Agreements.terminate(agreement, "CN");
        assertTrue(Api.get("/api/requests/" + request + "/indicators").as(US_LIAISON).send().expectProblem(403)
                .getString("detail").contains("no longer shown to US"));
        Api.get("/api/requests/" + request + "/indicators/csv").as(US_LIAISON).send().expectProblem(403);
        assertEquals(3, Api.get("/api/requests/" + request + "/indicators").as(CN_REPORTER).send().expect(200).json()
                .getInt("total"));
    }

    @Test
    void theIndicatorsOfATlpRedReportAreNotShownToAuditors() {
        String agreement = Agreements.inForce("CN", "US", "RED", 30);
        try {
            String report = Reports.create(CN_REPORTER, Reports.body(Reports.uniqueTitle("IndicatorRequestIT red"))
                    .add("tlp", "RED").build()).getString("id");
            Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201);
            JsonObject us = Api.post(Indicators.path(report) + "/requests").as(CN_REPORTER)
                    .json(Json.createObjectBuilder().add("countries", Json.createArrayBuilder().add("US"))
                            .add("type", "information-request").add("agreement", agreement)
                            .add("title", "Red control servers")
                            .add("body", "Please look").build()).send().expect(200).array().getJsonObject(0);
            assertEquals("sent", us.getString("outcome"), us::toString);
            String request = us.getString("request");
            String path = "/api/requests/" + request + "/indicators";
            assertEquals(3, Api.get(path).as(US_LIAISON).send().expect(200).json().getInt("total"));
            assertEquals(3, Api.get(path).as(CN_REPORTER).send().expect(200).json().getInt("total"));
            for (DemoUser auditor : List.of(US_AUDITOR, DemoUsers.CN_AUDITOR, INT_AUDITOR)) {
                JsonObject refused = Api.get(path).as(auditor).send().expectProblem(403);
                assertFalse(refused.toString().contains("4.1.2.3"), refused::toString);
            }
        } finally {
            Agreements.terminate(agreement, "CN");
        }
    }
}
