package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.it.support.Api;
import org.accord.it.support.IndicatorFeed;
import org.accord.it.support.Indicators;
import org.accord.it.support.RawHttp;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingest at scale and under failure (docs/indicators.md, "Ingest"; issue 6 "What must be shown"): bad lines
 * reject everything or are skipped, a 10 MB line is one error, a client that goes away or a cancelled import
 * leaves nothing, and a generated feed of 100,000 rows routes exactly as an independent computation says.
 */
class IndicatorIngestIT {

    private String report;

    @BeforeEach
    void newReport() {
        report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorIngestIT")).getString("id");
    }

    @Test
    void badLinesRejectTheWholeImportWithEveryLineNamed() {
        String body = "type,value,role\nipv4,1.80.0.1,infected-system\nipv4,2001:db8::1\nipv6,1.80.0.2\n"
                + "\"ipv4,1.80.0.3\nipv4,1.80.0.4,victim\nmd5,xyz\n" + "ipv4," + "9".repeat(10_000_000) + "\n"
                + "ipv4,1.80.0.5\n";
        JsonObject problem = Indicators.importCsv(CN_REPORTER, report, body, "").expectProblem(422);
        assertEquals(6, problem.getInt("errorCount"));
        JsonArray lines = problem.getJsonArray("lineErrors");
        assertEquals(List.of(3, 4, 5, 6, 7, 8), lines.stream().map(l -> l.asJsonObject().getInt("line")).toList());
        assertEquals("2001:db8::1", lines.getJsonObject(0).getString("value"));
        assertTrue(lines.getJsonObject(0).getString("reason").contains("IPv6 address, not IPv4"));
        assertTrue(lines.getJsonObject(1).getString("reason").contains("IPv4 address, not IPv6"));
        assertTrue(lines.getJsonObject(2).getString("reason").contains("malformed CSV"));
        assertTrue(lines.getJsonObject(3).getString("reason").contains("unknown role"));
        assertTrue(lines.getJsonObject(5).getString("reason").contains("longer than 8192"));
        assertTrue(lines.getJsonObject(5).getString("value").length() <= 101);
        assertEquals(0, Indicators.total(CN_REPORTER, report));

        JsonObject skipped = Indicators.importCsv(CN_REPORTER, report, body, "?skip-invalid=true").expect(201).json();
        assertEquals(2, skipped.getInt("added"));
        assertEquals(6, skipped.getInt("skipped"));
        assertEquals(6, skipped.getJsonArray("lineErrors").size());
        assertEquals(2, Indicators.total(CN_REPORTER, report));
    }

    @Test
    void aBodyThatIsNotUtf8ChangesNothing() {
        byte[] latin1 = "ipv4,1.80.0.1\ndomain,caf\u00e9.cn\n".getBytes(StandardCharsets.ISO_8859_1);
        try (RawHttp raw = new RawHttp("POST", Indicators.path(report), Tokens.accessToken(CN_REPORTER), latin1.length,
                "text/csv")) {
            raw.send(latin1);
            String answer = raw.answer();
            assertTrue(answer.startsWith("HTTP/1.1 422"), answer);
            assertTrue(answer.contains("not UTF-8"), answer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(0, Indicators.total(CN_REPORTER, report));
    }

    @Test
    void aClientThatGoesAwayMidwayLeavesNoIndicator() throws Exception {
        byte[] rows = rows(60_000);
        String job;
        try (RawHttp raw = new RawHttp("POST", Indicators.path(report), Tokens.accessToken(CN_REPORTER),
                rows.length * 2L, "text/csv")) {
            raw.send(rows);
            JsonObject running = awaitRunning(true);
            assertEquals(rows.length * 2L, running.getJsonNumber("declaredBytes").longValue());
            job = running.getString("id");
        }
        awaitRunning(false);
        assertEquals(0, Indicators.total(CN_REPORTER, report));
        JsonObject ended = Api.get("/api/imports/" + job).as(CN_REPORTER).send().expect(200).json();
        assertEquals("rejected", ended.getString("state"), ended.toString());
        assertTrue(ended.getString("detail").contains("interrupted"), ended.toString());
        // the report is not left locked: the same rows import normally afterwards
        JsonObject done = Indicators.importCsv(CN_REPORTER, report, new String(rows, StandardCharsets.US_ASCII), "")
                .expect(201).json();
        assertEquals(60_000, done.getInt("added"));
        JsonObject committed = Api.get("/api/imports/" + done.getString("job")).as(CN_REPORTER).send().expect(200)
                .json();
        assertEquals("committed", committed.getString("state"));
        assertEquals(done.getJsonNumber("id").longValue(), committed.getJsonNumber("importId").longValue());
        assertEquals(60_000, committed.getJsonNumber("linesRead").longValue());
        assertEquals(100, committed.getInt("percent"));
        // only reporters and liaisons of the report's country see its jobs
        Api.get("/api/imports/" + done.getString("job")).as(US_LIAISON).send().expect(404);
    }

    @Test
    void aCancelledImportRollsBack() throws Exception {
        byte[] rows = rows(40_000);
        try (RawHttp raw = new RawHttp("POST", Indicators.path(report), Tokens.accessToken(CN_REPORTER),
                rows.length * 2L, "text/csv")) {
            raw.send(rows);
            JsonObject running = awaitRunning(true);
            assertEquals(CN_REPORTER.username(), running.getString("user"));
            assertEquals("running", running.getString("state"));
            String job = running.getString("id");
            JsonObject progress = Api.get("/api/imports/" + job).as(CN_LIAISON).send().expect(200).json();
            assertTrue(progress.getJsonNumber("bytesRead").longValue() > 0, progress.toString());
            assertTrue(progress.getInt("percent") < 100, progress.toString());
            Api.delete("/api/imports/" + job).as(US_LIAISON).send().expect(404);
            Api.delete("/api/imports/" + job).as(CN_REPORTER).send().expect(202);
            raw.send(rows(40_000));
            String answer = raw.answer();
            assertTrue(answer.startsWith("HTTP/1.1 409"), answer);
            assertTrue(answer.contains("cancelled"), answer);
            JsonObject ended = Api.get("/api/imports/" + job).as(CN_REPORTER).send().expect(200).json();
            assertEquals("cancelled", ended.getString("state"), ended.toString());
            assertTrue(ended.getBoolean("cancelRequested"));
            Api.delete("/api/imports/" + job).as(CN_REPORTER).send().expect(409);
        }
        assertEquals(0, Indicators.total(CN_REPORTER, report));
    }

    @Test
    void aGeneratedFeedRoutesExactlyAsAnIndependentComputationSays() throws Exception {
        List<String> prefixes = new ArrayList<>();
        for (JsonObject country : Api.get("/api/countries").as(CN_REPORTER).send().expect(200).array()
                .getValuesAs(JsonObject.class)) {
            country.getJsonArray("ipPrefixes").getValuesAs(jakarta.json.JsonString.class)
                    .forEach(p -> prefixes.add(country.getString("code") + " " + p.getString()));
        }
        IndicatorFeed feed = new IndicatorFeed(IndicatorFeed.parse(prefixes), 100_000, 2_196);
        StringWriter csv = new StringWriter();
        feed.write(csv);
        IndicatorFeed.Expected expected = feed.expected();

        JsonObject done = Api.post(Indicators.path(report)).as(CN_REPORTER).body(csv.toString())
                .header("Content-Type", "text/csv").send().expect(201).json();
        assertEquals(expected.distinct(), done.getInt("added"));
        JsonObject routing = Indicators.routing(CN_REPORTER, report);
        Map<String, Map<String, Long>> actual = new java.util.TreeMap<>();
        routing.getJsonArray("countries").getValuesAs(JsonObject.class).forEach(c -> {
            Map<String, Long> roles = new java.util.TreeMap<>();
            c.getJsonObject("byRole").forEach((role, n) -> roles.put(role, ((jakarta.json.JsonNumber) n).longValue()));
            actual.put(c.getString("country"), roles);
        });
        assertEquals(expected.byCountry(), actual);
        assertEquals(expected.unmatched(), routing.getInt("unmatched"));
        assertEquals(expected.conflicts(), routing.getInt("conflicts"));
    }

    private static byte[] rows(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("ipv4,4.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
                    .append(",infected-system\n");
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits until an import into the report runs (returns it), or until none runs any more. */
    private JsonObject awaitRunning(boolean running) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            JsonArray now = Api.get(Indicators.path(report) + "/imports").as(CN_REPORTER).send().expect(200).array();
            if (running && !now.isEmpty() && now.getJsonObject(0).getJsonNumber("linesRead").longValue() > 0) {
                return now.getJsonObject(0);
            }
            if (!running && now.isEmpty()) {
                return null;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the import did not " + (running ? "start" : "end") + " within 30 s");
    }
}
