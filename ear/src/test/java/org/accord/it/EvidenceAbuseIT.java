package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.it.support.Api;
import org.accord.it.support.EvidenceApi;
import org.accord.it.support.RawHttp;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md cases 14 and 15, the parts EvidenceIT does not cover: slow-drip uploads are cut with 408
 * while other countries keep being served; zip bombs and zip-slip archives are kept as opaque bytes under
 * their hash, never unpacked, and served only as attachments.
 */
class EvidenceAbuseIT {

    static String report;

    @BeforeAll
    static void fileAReport() {
        report = Reports.create(CN_REPORTER, Reports.uniqueTitle("EvidenceAbuseIT")).getString("id");
    }

    @Test
    void slowDripUploadsAreCutWith408WhileOtherCountriesKeepBeingServed() throws Exception {
        List<String> before = names();
        // what a US read costs on this machine right now, so that a loaded machine is not taken for a blocked server
        long unloaded = slowestOf(5, 200);
        int drips = 6;
        ExecutorService pool = Executors.newFixedThreadPool(drips);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < drips; i++) {
                String name = "drip-" + i + ".log";
                answers.add(pool.submit(() -> drip(name)));
            }
            long slowest = slowestOf(12, 1000);
            // never 10 s or more: a server blocked by the drips would answer only once they are cut (after 10 s)
            long allowed = Math.min(Math.max(Duration.ofSeconds(3).toNanos(), 4 * unloaded),
                    Duration.ofSeconds(8).toNanos());
            assertTrue(slowest < allowed, "US waited " + slowest / 1_000_000 + " ms while the drips ran, "
                    + unloaded / 1_000_000 + " ms before them");
            for (Future<String> answer : answers) {
                String text = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(text.startsWith("HTTP/1.1 408"), text);
                assertTrue(text.contains("bytes/s"), text);
            }
        } finally {
            pool.shutdownNow();
        }
        long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!EvidenceApi.temporaryFiles().isEmpty() && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        assertEquals(List.of(), EvidenceApi.temporaryFiles());
        assertEquals(before, names());
    }

    /** The slowest of {@code reads} list reads by US, {@code pauseMillis} apart, in nanoseconds. */
    private static long slowestOf(int reads, long pauseMillis) throws InterruptedException {
        long slowest = 0;
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            Api.get(Reports.PATH + "?size=5").as(US_REPORTER).send().expect(200);
            slowest = Math.max(slowest, System.nanoTime() - start);
            Thread.sleep(pauseMillis);
        }
        return slowest;
    }

    /** 64 bytes every half second of a declared 10 MB: far below any useful rate, never idle. */
    private static String drip(String name) throws IOException, InterruptedException {
        try (RawHttp http = new RawHttp("POST", EvidenceApi.query(report, "logs", "GREEN", name),
                Tokens.accessToken(CN_REPORTER), 10L * 1024 * 1024)) {
            long giveUp = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            try {
                while (!http.answered() && System.nanoTime() < giveUp) {
                    http.send(64);
                    Thread.sleep(500);
                }
            } catch (IOException closedByTheServer) {
                // the server answered and closed while we were still sending
            }
            return http.answer();
        }
    }

    private static List<String> names() {
        return Api.get(EvidenceApi.PATH + "?report=" + report).as(CN_REPORTER).send().expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("name")).toList();
    }

    @Test
    void zipBombsAndZipSlipArchivesAreStoredAsOpaqueBytesAndNeverUnpacked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../deployments/slip.war"));
            zip.write("PK not a war".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("run.txt"));
            zip.write(Long.toString(System.nanoTime()).getBytes()); // new bytes each run: a new hash, a new file
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] archive = bytes.toByteArray();
        assertTrue(archive.length < 1 << 20, "64 MiB of zeros compress well: " + archive.length);
        List<Path> storedBefore = storeFiles();
        JsonObject stored = EvidenceApi.upload(CN_REPORTER, EvidenceApi.query(report, "logs", "GREEN",
                "../../deployments/slip.zip"), BodyPublishers.ofByteArray(archive)).expect(201).json();
        assertEquals(archive.length, stored.getJsonNumber("size").longValue());
        assertEquals(EvidenceApi.sha256(archive), stored.getString("sha256"));
        assertEquals("slip.zip", stored.getString("name"));
        assertTrue(stored.getString("mediaType").contains("zip"), stored::toString);

        Path deployments = EvidenceApi.STORE.toAbsolutePath().getParent().getParent().resolve("deployments");
        assertFalse(Files.exists(deployments.resolve("slip.war")));
        assertFalse(Files.exists(deployments.resolve("slip.zip")));
        // one new file, the archive itself under its hash: nothing unpacked beside it
        List<Path> added = new ArrayList<>(storeFiles());
        added.removeAll(storedBefore);
        assertEquals(List.of(EvidenceApi.stored(stored.getString("sha256")).toAbsolutePath()), added);
        assertEquals(archive.length, Files.size(EvidenceApi.stored(stored.getString("sha256"))));

        var download = EvidenceApi.downloadStream(CN_REPORTER, stored.getString("id"));
        assertEquals(archive.length, download.body().readAllBytes().length);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                download.headers()::toString);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    private static List<Path> storeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(EvidenceApi.STORE)) {
            return files.filter(Files::isRegularFile).map(Path::toAbsolutePath).toList();
        }
    }
}
