package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.INT_AUDITOR;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.LogDatabase;
import org.accord.it.support.Pdfs;
import org.accord.it.support.Pdfs.Download;
import org.accord.it.support.Reports;
import org.accord.it.support.VerifierJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national auditor downloads the log for offline verification ({@code /api/exchange-log/export/log.zip})
 * and runs the verifier jar on it: the download holds every leaf, the entries of the auditor's own country
 * in full and the others as their leaf hash only, and it verifies. Rewriting one of its entries in the
 * database makes the next download fail, naming that entry.
 */
class OfflineDownloadIT {

    private static final String ZIP = ExchangeLogApi.PATH + "/export/log.zip";

    private static final DemoUser DE_REPORTER = DemoUsers.reporterOf("DE");
    private static final DemoUser FR_REPORTER = DemoUsers.reporterOf("FR");

    @TempDir
    Path folder;

    private static long cnUs;
    private static long deFr;
    private static String deReport;

    /** An entry between CN and US (CN's auditor sees it) and one between DE and FR (it does not). */
    @BeforeAll
    static void entriesOfTwoPairsOfCountries() {
        String cn = Reports.create(CN_REPORTER, Reports.uniqueTitle("download CN")).getString("id");
        Api.get(Reports.path(cn)).as(US_REPORTER).send().expectProblem(404);
        String de = Reports.create(DE_REPORTER, Reports.uniqueTitle("download DE")).getString("id");
        deReport = de;
        Api.get(Reports.path(de)).as(FR_REPORTER).send().expectProblem(404);
        cnUs = ExchangeLogApi.entriesAbout(INT_AUDITOR, cn).get(0).getJsonNumber("seq").longValue();
        deFr = ExchangeLogApi.entriesAbout(INT_AUDITOR, de).get(0).getJsonNumber("seq").longValue();
    }

    @Test
    void aNationalAuditorsDownloadHoldsEveryLeafAndVerifiesOffline() {
        Path zip = download(CN_AUDITOR, "");
        Map<String, String> files = unzip(zip);
        String entries = files.get("entries.jsonl");
        assertAll(() -> assertTrue(files.keySet().containsAll(java.util.List.of("entries.jsonl", "tree-heads.json",
                        "public-key.pem", "README.txt")), files.keySet().toString()),
                () -> assertTrue(line(entries, cnUs).contains("\"actor\":\"us-reporter\""), line(entries, cnUs)),
                () -> assertTrue(line(entries, deFr).matches("\\{\"seq\":" + deFr + ",\"leafHash\":\"[A-Za-z0-9+/=]{44}\"}"),
                        "the DE-FR entry is a leaf hash only: " + line(entries, deFr)),
                () -> assertFalse(entries.contains(deReport), "no field of an entry CN does not take part in"));

        VerifierJar.Run run = VerifierJar.run(zip.toString());
        assertEquals(0, run.exitStatus(), run.output());
        assertTrue(run.verdict().matches("OK: \\d+ entries \\(\\d+ as leaf hash only\\), \\d+ tree heads verified"),
                run.output());
    }

    @Test
    void aRangeFromASignedHeadVerifiesWithItsFrontier() {
        long start = ExchangeLogApi.publishHead(CN_AUDITOR).getJsonNumber("size").longValue();
        Api.get(Reports.path(Reports.create(CN_REPORTER, Reports.uniqueTitle("range")).getString("id")))
                .as(US_REPORTER).send().expectProblem(404);
        long end = ExchangeLogApi.publishHead(CN_AUDITOR).getJsonNumber("size").longValue();
        Path zip = download(CN_AUDITOR, "?start=" + start + "&end=" + end);
        assertTrue(unzip(zip).containsKey("frontier.json"));
        VerifierJar.Run run = VerifierJar.run(zip.toString());
        assertEquals(0, run.exitStatus(), run.output());
        assertTrue(run.output().contains("frontier size=" + start + ": root matches"), run.output());
    }

    @Test
    void aRangeMustStartAtASignedHead() {
        // a size the log has passed but no head was signed at (the minute's head may have been signed at any size)
        Set<Long> signed = new HashSet<>();
        Api.get("/api/exchange-log/tree-heads").as(CN_AUDITOR).send().expect(200).array()
                .getValuesAs(JsonObject.class).forEach(h -> signed.add(h.getJsonNumber("size").longValue()));
        long unsigned = LongStream.iterate(1, n -> n + 1).filter(n -> !signed.contains(n)).findFirst().orElseThrow();
        Api.get(ZIP + "?start=" + unsigned + "&end=" + unsigned).as(CN_AUDITOR).send().expectInvalidField("start");
        Api.get(ZIP + "?end=999999999").as(CN_AUDITOR).send().expectProblem(404);
    }

    /** Someone with write access to PostgreSQL rewrites an entry CN takes part in: the verifier names it. */
    @Test
    @EnabledIfEnvironmentVariable(named = "ACCORD_DB_DRIVER", matches = "postgresql")
    void anEntryRewrittenInTheDatabaseIsNamed() {
        LogDatabase.run("create table download_backup as select * from exchange_log_entry where seq = " + cnUs,
                "update exchange_log_entry set actor = 'someone-else' where seq = " + cnUs);
        try {
            VerifierJar.Run run = VerifierJar.run(download(CN_AUDITOR, "").toString());
            assertEquals(1, run.exitStatus(), run.output());
            assertTrue(run.verdict().startsWith("FAILED: first bad entry seq=" + cnUs + " ("), run.output());
            assertTrue(run.verdict().contains("do not hash to the leafHash"), run.output());
        } finally {
            LogDatabase.run("update exchange_log_entry e set actor = b.actor from download_backup b where e.seq = b.seq",
                    "drop table download_backup");
        }
        VerifierJar.Run again = VerifierJar.run(download(CN_AUDITOR, "").toString());
        assertEquals(0, again.exitStatus(), again.output());
    }

    private Path download(DemoUser user, String query) {
        Download zip = Pdfs.download(user, ZIP + query);
        assertEquals(200, zip.status(), () -> new String(zip.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", zip.header("Content-Type"));
        try {
            return Files.write(Files.createTempFile(folder, "log", ".zip"), zip.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> unzip(Path zip) {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String line(String entries, long seq) {
        return entries.lines().filter(l -> l.contains("\"seq\":" + seq + ",") || l.contains("\"seq\":" + seq + "}"))
                .findFirst().orElse("(no line of seq " + seq + ")");
    }
}
