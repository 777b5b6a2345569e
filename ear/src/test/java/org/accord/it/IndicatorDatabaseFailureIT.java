package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.accord.it.support.Api;
import org.accord.it.support.Indicators;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.RawHttp;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The database goes away in the middle of an import (issue 6, "stop PostgreSQL midway", done safely: only the
 * import's own server process is terminated, with pg_terminate_backend, while its COPY runs): the import fails,
 * no indicator of it is visible afterwards, and the next import works.
 */
@EnabledIfEnvironmentVariable(named = "ACCORD_DB_DRIVER", matches = "postgresql")
class IndicatorDatabaseFailureIT {

    @Test
    void theImportsDatabaseConnectionDyingMidwayLeavesNothing() throws Exception {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("IndicatorDatabaseFailureIT")).getString("id");
        byte[] rows = rows(60_000);
        try (RawHttp raw = new RawHttp("POST", Indicators.path(report), Tokens.accessToken(CN_REPORTER),
                rows.length * 2L, "text/csv")) {
            raw.send(rows);
            awaitCopy();
            LogDatabase.update("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where query ilike 'copy indicator%' and pid <> pg_backend_pid()");
            raw.send(rows);
            String answer = raw.answer();
            assertTrue(answer.startsWith("HTTP/1.1 5"), answer);
        }
        assertEquals(0, Indicators.total(CN_REPORTER, report));
        assertEquals(60_000, Indicators.importCsv(CN_REPORTER, report, new String(rows, StandardCharsets.US_ASCII), "")
                .expect(201).json().getInt("added"));
        assertTrue(Api.get("/api/health").send().status() == 200);
    }

    /** Waits until an import's COPY runs in the database. */
    private static void awaitCopy() throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < giveUp) {
            if (LogDatabase.count("select count(*) from pg_stat_activity where query ilike 'copy indicator%'"
                    + " and state = 'active'") > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no COPY of an import within 30 s");
    }

    private static byte[] rows(int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("ipv4,4.").append(i >> 16 & 255).append('.').append(i >> 8 & 255).append('.').append(i & 255)
                    .append(",infected-system\n");
        }
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
