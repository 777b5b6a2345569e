package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.files.TreeHeadsJson;
import org.accord.exchangelog.verifier.LogVerifier;
import org.accord.exchangelog.verifier.VerificationReport;
import org.accord.it.support.Api;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with write access to the database rewrites the exchange log: changes a field, deletes an
 * entry, swaps two, inserts one. "Verify now" and the offline verifier (on what the portal exports)
 * both fail and name the first bad entry; once the rows are put back, both pass again. Runs where
 * the server runs on PostgreSQL (always in CI).
 */
@EnabledIfEnvironmentVariable(named = "ACCORD_DB_DRIVER", matches = "postgresql")
class ExchangeLogTamperIT {

    private static final String TABLE = "exchange_log_entry";

    @TempDir
    Path download;

    private long k;

    /** Three fresh refusal entries at positions k, k+1, k+2, all under a signed head. */
    @BeforeEach
    void logSomeRefusals() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("tamper")).getString("id");
        for (int i = 0; i < 3; i++) {
            Api.get(Reports.path(id)).as(US_REPORTER).send().expectProblem(404);
        }
        k = ExchangeLogApi.entriesAbout(INT_AUDITOR, id).get(0).getJsonNumber("seq").longValue();
        ExchangeLogApi.publishHead(CN_AUDITOR);
        assertIntact();
        LogDatabase.run("create table tamper_entries as select * from " + TABLE,
                "create table tamper_heads as select * from exchange_log_head");
    }

    /**
     * Puts the log back as it was before the tampering (dropping what was appended meanwhile, such as
     * the records of the verifications) and checks that it verifies again.
     */
    @AfterEach
    void restore() {
        LogDatabase.run("truncate " + TABLE, "insert into " + TABLE + " select * from tamper_entries",
                "truncate exchange_log_head", "insert into exchange_log_head select * from tamper_heads",
                "update exchange_log_state set next_seq = (select coalesce(max(seq) + 1, 0) from " + TABLE + ")",
                "drop table tamper_entries", "drop table tamper_heads");
        assertIntact();
    }

    @Test
    void aChangedFieldIsNamed() {
        LogDatabase.run("update " + TABLE + " set actor = 'someone-else' where seq = " + k);
        assertFirstBad(k, "changed");
    }

    @Test
    void aDeletedEntryIsNamed() {
        LogDatabase.run("delete from " + TABLE + " where seq = " + (k + 1));
        assertFirstBad(k + 1, "missing");
    }

    @Test
    void swappedEntriesAreNamed() {
        swap(k, k + 1);
        assertFirstBad(k, "reordered");
    }

    @Test
    void anInsertedEntryIsNamed() {
        shift(k, +1);
        LogEntry forged = new LogEntry(k, Instant.now().truncatedTo(ChronoUnit.MICROS), "us-liaison", "US",
                "report.read", List.of("CN", "US"), "report", "FORGED", null, null);
        // a careful forger: the row's leaf hash matches its own fields
        String leafHash = Base64.getEncoder().encodeToString(EntryEncoder.forCurrentThread().leafHash(forged));
        LogDatabase.run("insert into " + TABLE + " (seq, at, actor, actor_country, action, countries, object_type,"
                + " object_id, leaf_hash) values (" + k + ", '" + forged.time() + "', 'us-liaison', 'US',"
                + " 'report.read', ',CN,US,', 'report', 'FORGED', '" + leafHash + "')");
        JsonObject verdict = ExchangeLogApi.verifyNow(CN_AUDITOR);
        assertFalse(verdict.getBoolean("intact"), verdict.toString());
        assertEquals(k, verdict.getJsonNumber("firstBadSeq").longValue(), verdict.toString());
        assertTrue(verdict.getString("reason").contains("inserted"), verdict.toString());
        VerificationReport report = offline();
        assertFalse(report.ok(), report.summary());
    }

    private void assertFirstBad(long seq, String why) {
        JsonObject verdict = ExchangeLogApi.verifyNow(CN_AUDITOR);
        assertFalse(verdict.getBoolean("intact"), verdict.toString());
        assertEquals(seq, verdict.getJsonNumber("firstBadSeq").longValue(), verdict.toString());
        assertTrue(verdict.getString("reason").contains(why), verdict.toString());
        VerificationReport report = offline();
        assertFalse(report.ok(), report.summary());
        assertEquals(seq, report.failure().orElseThrow().firstBadSeq(), report.summary());
    }

    private void assertIntact() {
        JsonObject verdict = ExchangeLogApi.verifyNow(CN_AUDITOR);
        assertTrue(verdict.getBoolean("intact"), verdict.toString());
        VerificationReport report = offline();
        assertTrue(report.ok(), report.summary());
    }

    /** Downloads what a country needs and runs the offline verifier on it, with no access to the server. */
    private VerificationReport offline() {
        try {
            var heads = TreeHeadsJson.read(Api.get(ExchangeLogApi.PATH + "/tree-heads").as(INT_AUDITOR).send()
                    .expect(200).body()).stream().sorted(Comparator.comparingLong(h -> h.size())).toList();
            long size = heads.get(heads.size() - 1).size();
            Files.write(download.resolve("tree-heads.json"), TreeHeadsJson.write(heads));
            Files.writeString(download.resolve("entries.jsonl"), Api.get(ExchangeLogApi.PATH
                    + "/export/entries.jsonl?start=0&end=" + size).as(INT_AUDITOR).send().expect(200).body(),
                    StandardCharsets.UTF_8);
            Files.writeString(download.resolve("public-key.pem"), Api.get(ExchangeLogApi.PATH + "/public-key")
                    .as(INT_AUDITOR).send().expect(200).body());
            return new LogVerifier().verify(LogVerifier.Inputs.inFolder(download));
        } catch (IOException | org.accord.exchangelog.verifier.UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void swap(long a, long b) {
        LogDatabase.run("update " + TABLE + " set seq = -1 where seq = " + a,
                "update " + TABLE + " set seq = " + a + " where seq = " + b,
                "update " + TABLE + " set seq = " + b + " where seq = -1");
    }

    /**
     * Renumbers the entries from {@code from} on by {@code by}, and the next free position with them,
     * as someone hiding an insertion would.
     */
    private static void shift(long from, int by) {
        LogDatabase.run("update " + TABLE + " set seq = seq + 1000000000 where seq >= " + from,
                "update " + TABLE + " set seq = seq - 1000000000 + (" + by + ") where seq >= " + (from + 1000000000L),
                "update exchange_log_state set next_seq = next_seq + (" + by + ")");
    }
}
