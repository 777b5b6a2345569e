package org.accord.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real tokens from the running Keycloak at {@code accord.keycloak-url} (default
 * {@code http://localhost:8180}), realm {@code accord}. Access tokens of the CLI client are cached
 * per user until shortly before they expire, so the suite logs each user in about once.
 * <p>
 * Brute-force detection is on in the realm: this class only ever sends the demo password.
 */
public final class Tokens {

    public static final String KEYCLOAK_URL = System.getProperty("accord.keycloak-url", "http://localhost:8180");
    public static final String ISSUER = KEYCLOAK_URL + "/realms/accord";

    /** The public client whose tokens carry the {@code accord} audience. */
    public static final String CLI_CLIENT = "accord-cli";

    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> ACCESS_TOKENS = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
        boolean fresh() {
            return Instant.now().plus(MARGIN).isBefore(expires);
        }
    }

    private Tokens() {
    }

    /** An access token of {@code user} from the CLI client, reused while it is fresh. */
    public static String accessToken(DemoUser user) {
        return ACCESS_TOKENS.compute(user.username(), (name, cached) -> {
            if (cached != null && cached.fresh()) {
                return cached;
            }
            JsonObject response = passwordGrant(CLI_CLIENT, user, null);
            return new Cached(response.getString("access_token"),
                    Instant.now().plusSeconds(response.getJsonNumber("expires_in").longValue()));
        }).token();
    }

    /** The whole token response of a password grant on a public client; {@code scope} may be null. */
    public static JsonObject passwordGrant(String clientId, DemoUser user, String scope) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", user.username());
        form.put("password", DemoUsers.PASSWORD);
        if (scope != null) {
            form.put("scope", scope);
        }
        return tokenRequest(form);
    }

    /** An access token of a confidential client's service account (client credentials grant). */
    public static String clientCredentials(String clientId, String secret) {
        return tokenRequest(Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret)).getString("access_token");
    }

    /** The realm's JSON Web Key Set, as the server fetches it to verify signatures. */
    public static JsonObject jwks() {
        return getJson(ISSUER + "/protocol/openid-connect/certs");
    }

    /** The realm's description, whose {@code public_key} is the base64 DER of its RSA signing key. */
    public static JsonObject realm() {
        return getJson(ISSUER);
    }

    private static JsonObject tokenRequest(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, "token for " + form.get("client_id") + "/" + form.getOrDefault("username", "-"));
    }

    private static JsonObject getJson(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build(), url);
    }

    private static JsonObject send(HttpRequest request, String what) {
        try {
            var response = HTTP.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(what + ": Keycloak answered " + response.statusCode() + " "
                        + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": Keycloak at " + KEYCLOAK_URL + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
