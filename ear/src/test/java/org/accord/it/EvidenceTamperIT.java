package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.ExchangeLogApi;
import org.accord.it.support.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One byte of a stored file flipped on the server's disk (docs/evidence.md, "Download"): the next download
 * breaks off before the client has the whole file, the custody shows the integrity failure, the log has its
 * entry, later downloads are refused (409) and a verification names the hash found.
 */
class EvidenceTamperIT {

    @TempDir
    Path dir;

    @Test
    void aFlippedByteMakesTheNextDownloadFailLoudlyAndIsRecorded() throws IOException {
        String report = Reports.create(CN_REPORTER, Reports.uniqueTitle("EvidenceTamperIT")).getString("id");
        Path file = EvidenceApi.randomFile(dir, 8L * 1024 * 1024, System.nanoTime());
        JsonObject evidence = EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER", "tampered.log", file);
        String id = evidence.getString("id");
        String sha256 = evidence.getString("sha256");
        Path stored = EvidenceApi.stored(sha256);
        assertTrue(Files.exists(stored), "store at " + EvidenceApi.STORE + " (-Daccord.evidence-dir)");

        try (RandomAccessFile raw = new RandomAccessFile(stored.toFile(), "rw")) {
            raw.seek(5_000_000);
            int b = raw.read();
            raw.seek(5_000_000);
            raw.write(b ^ 0x01);
        }

        HttpResponse<InputStream> download = EvidenceApi.downloadStream(CN_LIAISON, id);
        assertEquals(200, download.statusCode(), "the answer started before the bytes were all read");
        try (InputStream in = download.body()) {
            assertThrows(IOException.class, () -> in.transferTo(java.io.OutputStream.nullOutputStream()),
                    "the transfer must break off, not end as a good file");
        }
        List<String> events = EvidenceApi.custodyEvents(CN_LIAISON, id);
        assertEquals(List.of("uploaded", "integrity-failed"), events);
        JsonObject failure = Api.get(EvidenceApi.path(id) + "/custody").as(CN_REPORTER).send().expect(200).array()
                .getJsonObject(1);
        assertEquals("cn-liaison", failure.getString("actor"));
        assertTrue(failure.getString("detail").contains(sha256), failure.toString());
        String found = failure.getString("sha256");
        assertEquals(EvidenceApi.sha256sum(stored), found, "the custody names the hash of the bytes on disk");

        assertEquals("damaged", Api.get(EvidenceApi.path(id)).as(CN_REPORTER).send().expect(200).json()
                .getString("integrity"));
        Api.get(EvidenceApi.path(id) + "/content").as(CN_REPORTER).send().expectProblem(409);
        JsonObject check = Api.post(EvidenceApi.path(id) + "/verify").as(DemoUsers.CN_AUDITOR).send().expect(200).json();
        assertFalse(check.getBoolean("intact"));
        assertEquals(found, check.getString("actualSha256"));
        assertTrue(ExchangeLogApi.actions(ExchangeLogApi.entriesAbout(DemoUsers.INT_AUDITOR, id))
                .contains("evidence.integrity-failed"));

        // the owner uploads the same bytes again: the stored copy is healed and a verification restores the evidence
        EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER", "tampered-again.log", file);
        assertTrue(Api.post(EvidenceApi.path(id) + "/verify").as(CN_REPORTER).send().expect(200).json()
                .getBoolean("intact"));
        assertEquals(200, EvidenceApi.download(CN_REPORTER, id, dir.resolve("healed")).statusCode());
    }
}
