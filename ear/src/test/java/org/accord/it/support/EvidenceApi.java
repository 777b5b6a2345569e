package org.accord.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The evidence API as the system tests use it: binary uploads and downloads (the JSON calls go through
 * {@link Api}), reference hashes from coreutils' {@code sha256sum}, and the test server's knobs.
 */
public final class EvidenceApi {

    public static final String PATH = "/api/evidence";

    /** The evidence store of the server under test (failsafe passes it; see ear/pom.xml). */
    public static final Path STORE = Path.of(System.getProperty("accord.evidence-dir",
            "ear/target/wildfly-39.0.1.Final/standalone/data/accord-evidence"));

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private EvidenceApi() {
    }

    public static String path(String id) {
        return PATH + "/" + id;
    }

    public static String query(String report, String category, String tlp, String name) {
        return PATH + "?report=" + enc(report) + "&category=" + enc(category) + "&tlp=" + enc(tlp) + "&name="
                + enc(name);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** POSTs {@code body} as application/octet-stream to {@code pathAndQuery}. */
    public static Reply upload(DemoUser user, String pathAndQuery, BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(Api.uri(pathAndQuery)).POST(body)
                .header("Authorization", "Bearer " + Tokens.accessToken(user))
                .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(5)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, BodyHandlers.ofString());
            return new Reply("POST " + pathAndQuery, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads {@code file} as {@code user} to {@code report}; asserts 201 and returns the evidence. */
    public static JsonObject upload(DemoUser user, String report, String category, String tlp, String name, Path file) {
        try {
            return upload(user, query(report, category, tlp, name), BodyPublishers.ofFile(file)).expect(201).json();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject upload(DemoUser user, String report, String category, String tlp, byte[] content) {
        return upload(user, query(report, category, tlp, "evidence.bin"), BodyPublishers.ofByteArray(content))
                .expect(201).json();
    }

    /** GETs the content, streaming it into {@code target}; the response (body = the file). */
    public static HttpResponse<Path> download(DemoUser user, String id, Path target) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(Api.uri(path(id) + "/content")).GET()
                .header("Authorization", "Bearer " + Tokens.accessToken(user)).timeout(Duration.ofMinutes(5)).build();
        try {
            return HTTP.send(request, BodyHandlers.ofFile(target));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<InputStream> downloadStream(DemoUser user, String id) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(Api.uri(path(id) + "/content")).GET()
                .header("Authorization", "Bearer " + Tokens.accessToken(user)).timeout(Duration.ofMinutes(5)).build();
        try {
            return HTTP.send(request, BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file of {@code size} pseudo-random bytes (seeded, so reruns see equal files). */
    public static Path randomFile(Path dir, long size, long seed) throws IOException {
        Path file = Files.createTempFile(dir, "evidence-", ".bin");
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 20];
        try (var out = Files.newOutputStream(file)) {
            for (long left = size; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return file;
    }

    /** The hash as coreutils' {@code sha256sum} computes it. */
    public static String sha256sum(Path file) {
        try {
            Process process = new ProcessBuilder("sha256sum", file.toString()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertEquals(0, process.waitFor(), out);
            return out.substring(0, 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the store keeps the bytes of this hash. */
    public static Path stored(String sha256) {
        return STORE.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Files of uploads under way or left behind in the store's tmp/. */
    public static List<Path> temporaryFiles() throws IOException {
        Path tmp = STORE.resolve("tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (var files = Files.list(tmp)) {
            return files.toList();
        }
    }

    public static Reply share(DemoUser user, String id, String partner) {
        return Api.post(path(id) + "/shares").as(user).json(Json.createObjectBuilder().add("partner", partner).build())
                .send();
    }

    public static List<String> custodyEvents(DemoUser user, String id) {
        return Reply.strings(Api.get(path(id) + "/custody").as(user).send().expect(200).array(), "event");
    }

    // --- the test server's knobs (docs/evidence.md, "Test controls") ---

    public static void retentionClockAhead(String isoDuration) {
        Api.put("/api/test-controls/clock").as(DemoUsers.PORTAL_ADMIN)
                .json(Json.createObjectBuilder().add("offset", isoDuration).build()).send().expect(200);
    }

    public static int purgeNow() {
        return Api.post("/api/test-controls/retention-purge").as(DemoUsers.PORTAL_ADMIN).send().expect(200).json()
                .getInt("purged");
    }

    public static void limits(Long maxFileBytes, Long countryQuotaBytes) {
        var body = Json.createObjectBuilder();
        if (maxFileBytes != null) {
            body.add("maxFileBytes", maxFileBytes);
        }
        if (countryQuotaBytes != null) {
            body.add("countryQuotaBytes", countryQuotaBytes);
        }
        Api.put("/api/test-controls/evidence-limits").as(DemoUsers.PORTAL_ADMIN).json(body.build()).send().expect(200);
    }

    public static void resetLimits() {
        Api.delete("/api/test-controls/evidence-limits").as(DemoUsers.PORTAL_ADMIN).send().expect(200);
    }
}
