package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_LIAISON;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.accord.it.support.Api;
import org.accord.it.support.DemoUser;
import org.accord.it.support.DemoUsers;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.RawHttp;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads and downloads on the real EAR (docs/evidence.md): hashes equal {@code sha256sum} (1 B, 64 KiB,
 * 100 MiB; 0 B is refused and its problem names the hash), downloads carry safe headers, and every kind of
 * bad input gets a clear problem and leaves no file and no row.
 */
class EvidenceIT {

    static final DemoUser DE_REPORTER = DemoUsers.reporterOf("DE");

    @TempDir
    static Path dir;

    static String report;

    @BeforeAll
    static void fileAReport() {
        report = Reports.create(CN_REPORTER, Reports.uniqueTitle("EvidenceIT")).getString("id");
    }

    @AfterEach
    void restoreLimits() {
        EvidenceApi.resetLimits();
    }

    static List<String> evidenceOf(DemoUser viewer, String reportId) {
        return Reply.strings(Api.get(EvidenceApi.PATH + "?report=" + reportId).as(viewer).send().expect(200).array(),
                "id");
    }

    @Test
    void hashesEqualSha256sumAndTheDownloadIsTheSameFileWithSafeHeaders() throws IOException {
        for (long size : new long[] {1, 64 * 1024, 100L * 1024 * 1024}) {
            Path file = EvidenceApi.randomFile(dir, size, size);
            String expected = EvidenceApi.sha256sum(file);
            JsonObject evidence = EvidenceApi.upload(CN_REPORTER, report, "logs", "AMBER", "excerpt-" + size + ".log",
                    file);
            assertEquals(expected, evidence.getString("sha256"), size + " bytes");
            assertEquals(size, evidence.getJsonNumber("size").longValue());
            assertEquals("intact", evidence.getString("integrity"));
            assertEquals(report, evidence.getString("report"));
            assertTrue(Files.exists(EvidenceApi.stored(expected)), "stored under its hash");

            Path copy = dir.resolve("download-" + size);
            HttpResponse<Path> download = EvidenceApi.download(CN_LIAISON, evidence.getString("id"), copy);
            assertEquals(200, download.statusCode());
            assertEquals(expected, EvidenceApi.sha256sum(copy));
            assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(expected)) + ":",
                    download.headers().firstValue("Repr-Digest").orElseThrow());
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
            assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                    .startsWith("attachment; filename=\"excerpt-" + size + ".log\""));
            assertEquals(String.valueOf(size), download.headers().firstValue("Content-Length").orElseThrow());
            Files.delete(file);
            Files.delete(copy);
        }
    }

    @Test
    void theCustodyOfAnUploadAndADownloadHasBothWithTheHash() throws IOException {
        JsonObject evidence = EvidenceApi.upload(CN_REPORTER, report, "document", "GREEN", "Hallo".getBytes());
        String id = evidence.getString("id");
        assertTrue(id.matches("EV-\\d{4}-\\d{6}"), id);
        EvidenceApi.download(CN_REPORTER, id, dir.resolve("hallo"));
        assertEquals(List.of("uploaded", "downloaded"), EvidenceApi.custodyEvents(CN_LIAISON, id));
        JsonObject downloaded = Api.get(EvidenceApi.path(id) + "/custody").as(CN_REPORTER).send().expect(200).array()
                .getJsonObject(1);
        assertEquals("cn-reporter", downloaded.getString("actor"));
        assertEquals(evidence.getString("sha256"), downloaded.getString("sha256"));
        JsonObject verified = Api.post(EvidenceApi.path(id) + "/verify").as(CN_REPORTER).send().expect(200).json();
        assertTrue(verified.getBoolean("intact"));
        assertEquals(List.of("uploaded", "downloaded", "verified"), EvidenceApi.custodyEvents(CN_LIAISON, id));
    }

    @Test
    void anExecutableNamedPdfIsStoredAsAnExecutableAndOnlyEverServedAsAnAttachment() throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        JsonObject evidence = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "malware-samples", "RED",
                "invoice.pdf"), BodyPublishers.ofByteArray(exe)).expect(201).json();
        assertEquals("application/vnd.microsoft.portable-executable", evidence.getString("mediaType"));
        assertEquals("invoice.pdf", evidence.getString("name"));
        HttpResponse<Path> download = EvidenceApi.download(CN_REPORTER, evidence.getString("id"), dir.resolve("exe"));
        assertEquals("application/vnd.microsoft.portable-executable",
                download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals("sandbox", download.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void pathTraversalAndRightToLeftOverrideNamesAreSanitized() {
        JsonObject traversal = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "GREEN",
                "../../../etc/passwd"), BodyPublishers.ofString("root:x:0:0")).expect(201).json();
        assertEquals("passwd", traversal.getString("name"));
        JsonObject rtl = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "document", "GREEN",
                "invoice\u202Efdp.exe"), BodyPublishers.ofString("not a pdf")).expect(201).json();
        assertEquals("invoicefdp.exe", rtl.getString("name"));
        assertEquals("text/plain", rtl.getString("mediaType"));
        assertFalse(Files.exists(EvidenceApi.STORE.getParent().resolve("etc")), "nothing written by its name");
    }

    @Test
    void anEmptyFileIsRefusedNamingItsHashAndLeavesNothing() throws IOException {
        List<String> before = evidenceOf(CN_REPORTER, report);
        Reply reply = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "GREEN", "empty.log"),
                BodyPublishers.noBody());
        JsonObject problem = reply.expectInvalidField("body");
        // the SHA-256 of nothing, as sha256sum prints it for an empty file
        String message = problem.getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains(EvidenceApi.sha256sum(Files.createTempFile(dir, "empty", ""))), message);
        assertEquals(before, evidenceOf(CN_REPORTER, report));
    }

    @Test
    void badMetadataNamesTheFieldAndAnotherCountrysReportIsNotFound() {
        byte[] body = "x".getBytes();
        EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "pictures", "GREEN", "a"),
                BodyPublishers.ofByteArray(body)).expectInvalidField("category");
        EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "PURPLE", "a"),
                BodyPublishers.ofByteArray(body)).expectInvalidField("tlp");
        EvidenceApi.upload(DE_REPORTER, EvidenceApi.query(report, "logs", "GREEN", "a"),
                BodyPublishers.ofByteArray(body)).expectProblem(404);
        EvidenceApi.upload(DemoUsers.CN_AUDITOR, EvidenceApi.query(report, "logs", "GREEN", "a"),
                BodyPublishers.ofByteArray(body)).expectProblem(403);
        Api.post(EvidenceApi.query(report, "logs", "GREEN", "a")).as(CN_REPORTER).body("{}").send().expectProblem(415);
    }

    @Test
    void anOversizeUploadIs413BeforeItsBodyIsReadAndLeavesNothing() throws IOException {
        List<String> before = evidenceOf(CN_REPORTER, report);
        try (RawHttp http = new RawHttp("POST", EvidenceApi.query(report, "network-captures", "GREEN", "huge.pcap"),
                Tokens.accessToken(CN_REPORTER), 3L * 1024 * 1024 * 1024)) {
            http.send(64 * 1024);
            String answer = http.answer();
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("at most 2147483648"), answer);
        }
        assertEquals(List.of(), EvidenceApi.temporaryFiles());
        assertEquals(before, evidenceOf(CN_REPORTER, report));
    }

    @Test
    void aChunkedBodyAboveTheLimitIsCutOffWith413() throws IOException {
        EvidenceApi.limits(1024L * 1024, null);
        List<String> before = evidenceOf(CN_REPORTER, report);
        Path file = EvidenceApi.randomFile(dir, 3 * 1024 * 1024, 7);
        // ofInputStream has no known length: the client sends it chunked, without Content-Length
        Reply reply = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "GREEN", "chunked.log"),
                BodyPublishers.ofInputStream(() -> {
                    try {
                        return Files.newInputStream(file);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
        reply.expectProblem(413);
        assertEquals(List.of(), EvidenceApi.temporaryFiles());
        assertEquals(before, evidenceOf(CN_REPORTER, report));
    }

    @Test
    void theCountrysQuotaIsCheckedBeforeTheBodyAndNothingIsStored() {
        DemoUser deLiaison = DemoUsers.liaisonOf("DE");
        String deReport = Reports.create(DE_REPORTER, Reports.uniqueTitle("EvidenceIT quota")).getString("id");
        long used = Api.get(EvidenceApi.PATH).as(deLiaison).send().expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("country").equals("DE"))
                .mapToLong(e -> e.getJsonNumber("size").longValue()).sum();
        EvidenceApi.limits(null, used + 1000);
        JsonObject problem = EvidenceApi.upload(DE_REPORTER, EvidenceApi.query(deReport, "logs", "GREEN", "big.log"),
                BodyPublishers.ofByteArray(new byte[2000])).expectProblem(413);
        assertTrue(problem.getString("detail").contains("quota"), problem.toString());
        assertEquals(List.of(), evidenceOf(deLiaison, deReport));
        EvidenceApi.upload(DE_REPORTER, deReport, "logs", "GREEN", new byte[500]);
        assertEquals(1, evidenceOf(deLiaison, deReport).size());
    }

    @Test
    void anUploadCutOffMidwayLeavesNoFileAndNoRow() throws Exception {
        List<String> before = evidenceOf(CN_REPORTER, report);
        try (RawHttp http = new RawHttp("POST", EvidenceApi.query(report, "logs", "GREEN", "cut.log"),
                Tokens.accessToken(CN_REPORTER), 20L * 1024 * 1024)) {
            http.send(4L * 1024 * 1024);
        }
        long giveUp = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!EvidenceApi.temporaryFiles().isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), EvidenceApi.temporaryFiles());
        assertEquals(before, evidenceOf(CN_REPORTER, report));
    }
}
