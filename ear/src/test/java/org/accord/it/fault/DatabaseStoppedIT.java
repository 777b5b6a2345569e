package org.accord.it.fault;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.accord.it.support.Api;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Indicators;
import org.accord.it.support.RawHttp;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md case 20 and issue 6's "stop PostgreSQL midway": the whole database server is stopped at once
 * ({@code pg_ctl stop -m immediate}, as in a crash) in the middle of an indicator import and of an evidence
 * upload. The call answers a 503 problem, nothing of it stays (no row, no file), the exchange log has no gap,
 * and once PostgreSQL is started again the same portal serves again within {@link Recovery#BOUND}, without
 * a WildFly restart (the pool validates connections as it hands them out).
 */
@Tag("fault")
@ExtendWith(FaultPortal.class)
class DatabaseStoppedIT {

    private final ThrowawayPostgres postgres = FaultPortal.postgres();

    @Test
    void anImportCutByAStoppedDatabaseLeavesNothingAndItsRetryWithTheSameKeyLandsOnce() throws Exception {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("DatabaseStoppedIT import")).getString("id");
        long entriesBefore = logEntryRefusedFor(report);
        String key = UUID.randomUUID().toString();
        byte[] rows = rows(60_000);
        String answer;
        try (RawHttp raw = new RawHttp("POST", Indicators.path(report), Tokens.accessToken(CN_REPORTER),
                rows.length * 2L, "text/csv", "Idempotency-Key: " + key)) {
            raw.send(rows);
            awaitCopy();
            postgres.stopImmediately();
            sendRest(raw, rows);
            answer = raw.answer();
        } finally {
            restartIfStopped();
        }
        assertServiceUnavailableProblem(answer);
        Duration recovery = Recovery.awaitHealthy();
        System.out.println("DatabaseStoppedIT: the portal answered again " + recovery.toMillis()
                + " ms after PostgreSQL was started (import)");

        assertEquals(0, Indicators.total(CN_REPORTER, report), "no indicator of the cut import is visible");
        assertEquals(0, postgres.count("select count(*) from indicator i join incident_report r on r.id = i.report_id"
                + " where r.reference = '" + report + "'"));
        String both = new String(rows, StandardCharsets.US_ASCII).repeat(2);
        var first = Api.post(Indicators.path(report)).as(CN_REPORTER).header("Idempotency-Key", key).body(both)
                .header("Content-Type", "text/csv").send().expect(201).json();
        assertEquals(60_000, first.getInt("added"));
        var again = Api.post(Indicators.path(report)).as(CN_REPORTER).header("Idempotency-Key", key).body(both)
                .header("Content-Type", "text/csv").send().expect(201).json();
        assertEquals(first.getJsonNumber("id"), again.getJsonNumber("id"), "the retry answers the first import");
        assertEquals(60_000, Indicators.total(CN_REPORTER, report), "exactly one copy");
        assertLogWholeAfter(report, entriesBefore);
    }

    @Test
    void anUploadCutByAStoppedDatabaseLeavesNoRowAndNoFile() throws Exception {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("DatabaseStoppedIT upload")).getString("id");
        long entriesBefore = logEntryRefusedFor(report);
        byte[] file = new byte[16 << 20];
        new Random(report.hashCode()).nextBytes(file);
        String sha256 = EvidenceApi.sha256(file);
        byte[] head = Arrays.copyOf(file, 1 << 20);
        byte[] rest = Arrays.copyOfRange(file, head.length, file.length);
        String answer;
        try (RawHttp raw = new RawHttp("POST", EvidenceApi.query(report, "logs", "AMBER", "capture.bin"),
                Tokens.accessToken(CN_REPORTER), file.length)) {
            raw.send(head);
            awaitStreaming();
            postgres.stopImmediately();
            sendRest(raw, rest);
            answer = raw.answer();
        } finally {
            restartIfStopped();
        }
        assertServiceUnavailableProblem(answer);
        assertTrue(EvidenceApi.temporaryFiles().isEmpty(), () -> "left in tmp/: " + tmpFiles());
        assertFalse(Files.exists(EvidenceApi.stored(sha256)), "the bytes of the failed upload are not kept");
        Duration recovery = Recovery.awaitHealthy();
        System.out.println("DatabaseStoppedIT: the portal answered again " + recovery.toMillis()
                + " ms after PostgreSQL was started (upload)");

        assertEquals(0, postgres.count("select count(*) from evidence where report_reference = '" + report + "'"));
        assertEquals(sha256, EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER", file).getString("sha256"),
                "the same upload works after recovery");
        assertLogWholeAfter(report, entriesBefore);
    }

    @Test
    void aPageSaysTheDatabaseIsUnreachableAndWorksAgainOnceItIsBack() throws Exception {
        CodeFlowLogin browser = new CodeFlowLogin();
        assertEquals(302, browser.logIn("cn-reporter", "accord-demo").statusCode());
        HttpResponse<String> dashboard = browser.page("/index.xhtml");
        assertEquals(200, dashboard.statusCode(), () -> CodeFlowLogin.describe(dashboard));
        HttpResponse<String> down;
        try {
            postgres.stopImmediately();
            down = browser.page("/index.xhtml");
        } finally {
            restartIfStopped();
        }
        HttpResponse<String> page = down;
        assertEquals(503, page.statusCode(), () -> CodeFlowLogin.describe(page));
        assertTrue(page.headers().firstValue("Retry-After").isPresent(), () -> CodeFlowLogin.describe(page));
        assertTrue(page.body().contains("Accord cannot reach its database"), () -> CodeFlowLogin.describe(page));
        assertFalse(page.body().contains("Exception"), () -> CodeFlowLogin.describe(page));
        Recovery.awaitHealthy();
        HttpResponse<String> back = browser.page("/index.xhtml");
        assertEquals(200, back.statusCode(), () -> CodeFlowLogin.describe(back));
        assertTrue(back.body().contains("reports"), () -> CodeFlowLogin.describe(back));
    }

    /** A US liaison asks for the CN report: refused, and the refusal is an exchange-log entry. */
    private long logEntryRefusedFor(String report) {
        Api.get(Reports.path(report)).as(US_LIAISON).send().expect(404);
        ExchangeLogApi.verifyNow(INT_AUDITOR);
        return postgres.count("select count(*) from exchange_log_entry");
    }

    /** Entries before and after the failure, positions without a gap, the signed log intact. */
    private void assertLogWholeAfter(String report, long entriesBefore) {
        long entriesAfter = logEntryRefusedFor(report);
        assertTrue(entriesAfter > entriesBefore, "the refusal after recovery is logged");
        // one snapshot: the integrator may place the verification's own entry at any moment
        assertEquals(0, postgres.count("select coalesce(max(seq) + 1, 0) - count(*) from exchange_log_entry"),
                "positions 0, 1, 2, ... without a gap");
        long head = ExchangeLogApi.publishHead(INT_AUDITOR).getJsonNumber("size").longValue();
        assertTrue(head >= entriesAfter, "the signed head covers every entry: " + head);
        var verdict = ExchangeLogApi.verifyNow(INT_AUDITOR);
        assertTrue(verdict.getBoolean("intact"), verdict::toString);
        assertTrue(verdict.getJsonNumber("entriesChecked").longValue() >= head, verdict::toString);
    }

    static void assertServiceUnavailableProblem(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.toLowerCase().contains("retry-after: "), answer);
        assertTrue(answer.contains("\"status\":503"), answer);
    }

    /** The rest of the body; the server may have answered and closed already, which is what is asserted next. */
    private static void sendRest(RawHttp raw, byte[] rest) {
        try {
            raw.send(rest);
        } catch (IOException cutOff) {
            System.out.println("DatabaseStoppedIT: the server stopped reading the body: " + cutOff);
        }
    }

    private void restartIfStopped() {
        if (!postgres.running()) {
            postgres.start();
        }
    }

    /** Waits until the import's COPY runs in the database. */
    private void awaitCopy() throws InterruptedException {
        awaitTrue(() -> postgres.count("select count(*) from pg_stat_activity where query ilike 'copy indicator%'"
                + " and state = 'active'") > 0, "no COPY of the import");
    }

    /** Waits until the upload's checks are done and its bytes stream into the store's tmp/. */
    private static void awaitStreaming() throws InterruptedException {
        awaitTrue(() -> !tmpFiles().isEmpty(), "no upload streaming into tmp/");
    }

    private static List<Path> tmpFiles() {
        try {
            return EvidenceApi.temporaryFiles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String failure)
            throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(failure + " within 30 s");
    }

    private static byte[] rows(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("ipv4,5.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
                    .append(",infected-system\n");
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
