package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.Indicators;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Indicators on a report through the API (docs/indicators.md): normalised import with merged duplicates,
 * listing with filters and counts, routing to the demo constituencies, idempotent retries, isolation.
 */
class IndicatorIT {

    private static final String FEED = """
            type,value,role,first_seen,last_seen
            ipv4,1.80.1.2,infected-system,2026-11-02T00:00:00Z,2026-11-03T00:00:00Z
            ipv4,4.1.2.3,c2-server
            ipv4,1.80.1.2,infected-system,2026-11-01T00:00:00Z,
            domain,WWW.Example.CN.,other
            ipv6,2600:0:0::1,target
            sha256,ABCDEF0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789
            asn,AS3320,source
            url,HTTP://evil.DE:80/gate?id=1,c2-server
            email,Bob@Mail.FR
            cidr,2.1.2.3/16
            ipv4,198.51.100.7
            """;

    private String report;

    @BeforeEach
    void newReport() {
        report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorIT")).getString("id");
    }

    @Test
    void anImportIsNormalisedMergedCountedAndRouted() {
        JsonObject done = Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201).json();
        assertEquals(12, done.getInt("lines"));
        assertEquals(10, done.getInt("added"));
        assertEquals(1, done.getInt("merged"));
        assertEquals(0, done.getInt("skipped"));
        assertEquals(8, done.getJsonObject("routing").getInt("matched"));
        assertEquals(1, done.getJsonObject("routing").getInt("unmatched"));
        assertEquals(1, done.getJsonObject("routing").getInt("none"));

        JsonObject all = Indicators.list(CN_REPORTER, report, "?size=50");
        assertEquals(10, all.getInt("total"));
        assertEquals(List.of("1.80.1.2", "4.1.2.3", "www.example.cn", "2600::1",
                "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789", "3320", "http://evil.de/gate?id=1",
                "Bob@mail.fr", "2.1.0.0/16", "198.51.100.7"),
                all.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("value")).toList());
        JsonObject merged = all.getJsonArray("items").getJsonObject(0);
        assertEquals("2026-11-01T00:00:00Z", merged.getString("firstSeen"));
        assertEquals("2026-11-03T00:00:00Z", merged.getString("lastSeen"));
        assertEquals("CN", merged.getString("country"));
        assertEquals(3, all.getJsonObject("countsByType").getInt("ipv4"));
        assertEquals(2, all.getJsonObject("countsByRole").getInt("c2-server"));

        JsonObject c2 = Indicators.list(CN_REPORTER, report, "?role=c2-server&country=DE");
        assertEquals(1, c2.getInt("total"));
        assertEquals("url", c2.getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals(1, Indicators.list(CN_REPORTER, report, "?type=ipv4&q=4.1.").getInt("total"));
        assertEquals(1, Indicators.list(CN_REPORTER, report, "?routing=unmatched").getInt("total"));
        assertEquals(2, Indicators.list(CN_REPORTER, report, "?size=2&page=4").getJsonArray("items").size());

        JsonObject routing = Indicators.routing(CN_REPORTER, report);
        assertEquals("[{\"country\":\"CN\",\"total\":2,\"byRole\":{\"infected-system\":1,\"other\":1}},"
                + "{\"country\":\"DE\",\"total\":2,\"byRole\":{\"c2-server\":1,\"source\":1}},"
                + "{\"country\":\"FR\",\"total\":2,\"byRole\":{\"other\":2}},"
                + "{\"country\":\"US\",\"total\":2,\"byRole\":{\"c2-server\":1,\"target\":1}}]",
                normalised(routing.getJsonArray("countries").toString()));
        assertEquals(1, routing.getInt("unmatched"));
        assertEquals(0, routing.getInt("conflicts"));
        assertEquals(1, routing.getInt("notRoutable"));

        JsonObject again = Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201).json();
        assertEquals(0, again.getInt("added"));
        assertEquals(11, again.getInt("merged"));
        assertEquals(10, Indicators.total(CN_REPORTER, report));
    }

    /** JSON objects in a fixed member order: country, total, byRole. */
    private static String normalised(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray().stream()
                .map(v -> v.asJsonObject())
                .map(o -> "{\"country\":\"" + o.getString("country") + "\",\"total\":" + o.getInt("total")
                        + ",\"byRole\":" + o.getJsonObject("byRole") + "}")
                .reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    @Test
    void jsonLinesImportTheSame() {
        String lines = "{\"type\":\"ipv4\",\"value\":\"5.144.0.9\",\"role\":\"c2-server\"}\n\n"
                + "{\"type\":\"domain\",\"value\":\"c2.example.fr\"}\n";
        JsonObject done = Api.post(Indicators.path(report)).as(CN_LIAISON).body(lines)
                .header("Content-Type", "application/x-ndjson").send().expect(201).json();
        assertEquals(2, done.getInt("added"));
        assertEquals("jsonl", done.getString("format"));
        JsonObject read = Api.get("/api/imports/" + done.getInt("id")).as(CN_AUDITOR).send().expect(200).json();
        assertEquals(2, read.getInt("added"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsTheFirstImport() {
        String key = "indicators-" + report;
        JsonObject first = Api.post(Indicators.path(report)).as(CN_REPORTER).body(FEED).header("Content-Type", "text/csv")
                .header("Idempotency-Key", key).send().expect(201).json();
        JsonObject retry = Api.post(Indicators.path(report)).as(CN_REPORTER).body(FEED).header("Content-Type", "text/csv")
                .header("Idempotency-Key", key).send().expect(201).json();
        assertEquals(first.getInt("id"), retry.getInt("id"));
        assertEquals(10, retry.getInt("added"));
        assertEquals(10, Indicators.total(CN_REPORTER, report));
        Api.post(Indicators.path(report) + "?skip-invalid=true").as(CN_REPORTER).body(FEED)
                .header("Content-Type", "text/csv").header("Idempotency-Key", key).send().expectInvalidField("Idempotency-Key");
    }

    @Test
    void onlyTheOwnersWritersImportAndItsReadersList() {
        Indicators.importCsv(CN_REPORTER, report, FEED, "").expect(201);
        Indicators.importCsv(US_REPORTER, report, FEED, "").expectProblem(404);
        Api.get(Indicators.path(report)).as(US_REPORTER).send().expectProblem(404);
        Api.get(Indicators.path(report) + "/routing").as(US_REPORTER).send().expectProblem(404);
        Indicators.importCsv(CN_AUDITOR, report, FEED, "").expectProblem(403);
        Indicators.importCsv(PORTAL_ADMIN, report, FEED, "").expectProblem(403);
        Api.get(Indicators.path(report)).as(PORTAL_ADMIN).send().expectProblem(403);
        assertEquals(10, Indicators.total(CN_AUDITOR, report));
        assertEquals(10, Indicators.total(INT_AUDITOR, report));
        Api.get(Indicators.path(report)).header("Accept", "application/json").send().expect(401);
    }

    @Test
    void unsupportedBodiesAndParametersAreRefused() {
        Api.post(Indicators.path(report)).as(CN_REPORTER).body("[]").send().expectProblem(415);
        Indicators.importCsv(CN_REPORTER, report, FEED, "?skip-invalid=yes").expectInvalidField("skip-invalid");
        Api.get(Indicators.path(report) + "?type=ip").as(CN_REPORTER).send().expectInvalidField("type");
        Api.get(Indicators.path(report) + "?size=501").as(CN_REPORTER).send().expectInvalidField("size");
        Api.get("/api/imports/999999999").as(CN_REPORTER).send().expectProblem(404);
        assertTrue(Indicators.list(CN_REPORTER, report, "").getJsonArray("items").isEmpty());
    }
}
