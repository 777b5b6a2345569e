package org.accord.it;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.accord.it.support.Api;
import org.accord.it.support.KeycloakAdmin;
import org.accord.it.support.KeycloakAdmin.Throwaway;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SECURITY.md cases 9–13: what the realm and the portal do about stale roles, PKCE, password guessing,
 * look-alike e-mails and open redirects. Users that are locked out, lose roles or carry look-alike
 * e-mails are throwaway users made through Keycloak's admin API and deleted at the end; the demo users
 * are never sent a wrong password.
 */
class RealmAttacksIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = Tokens.ISSUER + "/protocol/openid-connect/auth";
    private static final String RETURN = Api.BASE_URL + "/";

    // --- case 9 --------------------------------------------------------------------------------------

    @Test
    void aRoleRemovedInKeycloakIsDeniedOnceTheAccessTokenExpires() throws Exception {
        Throwaway user = KeycloakAdmin.create("role-removed", "CN", "reporter", null);
        try {
            // accord-expiry-test issues 3-second access tokens: the 5-minute realm lifespan, shortened
            String before = KeycloakAdmin.accessToken("accord-expiry-test", user);
            Api.get(Reports.PATH).bearer(before).send().expect(200);
            KeycloakAdmin.removeRole(user, "reporter");
            Instant expiry = SignedJWT.parse(before).getJWTClaimsSet().getExpirationTime().toInstant();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusMillis(1500)).toMillis()));
            Api.get(Reports.PATH).bearer(before).send().expect(401);
            String after = KeycloakAdmin.accessToken("accord-expiry-test", user);
            Api.get(Reports.PATH).bearer(after).send().expectProblem(403);
            Api.post(Reports.PATH).bearer(after).json(Reports.body("no role any more").build()).send().expectProblem(403);
        } finally {
            KeycloakAdmin.delete(user);
        }
    }

    // --- case 10 -------------------------------------------------------------------------------------

    @Test
    void theCodeFlowWithoutPkceOrWithPlainIsRefusedByTheRealm() throws Exception {
        assertTrue(authorize("").contains("error=invalid_request"), "no code_challenge");
        assertTrue(authorize("&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghijabc&code_challenge_method=plain")
                .contains("error=invalid_request"), "plain");
        HttpResponse<String> s256 = HTTP.send(HttpRequest.newBuilder(URI.create(authUrl(RETURN)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")).build(),
                BodyHandlers.ofString());
        assertEquals(200, s256.statusCode(), "S256 shows the login page: the refusals above can fail");
        assertTrue(s256.body().contains("kc-form-login"));
    }

    private static String authorize(String extra) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(authUrl(RETURN) + extra)).build(),
                BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply::body);
        return reply.headers().firstValue("Location").orElse("");
    }

    private static String authUrl(String redirect) {
        return AUTH + "?client_id=accord&response_type=code&scope=openid&state=s1&nonce=n1&redirect_uri="
                + URLEncoder.encode(redirect, StandardCharsets.UTF_8);
    }

    // --- case 11 -------------------------------------------------------------------------------------

    @Test
    void repeatedWrongPasswordsLockTheUserOutEvenForTheRightOne() {
        Throwaway user = KeycloakAdmin.create("brute-force", "CN", "reporter", null);
        try {
            assertEquals(200, KeycloakAdmin.login("accord-cli", user.username(), user.password()).statusCode());
            for (int i = 0; i < 10; i++) {
                assertEquals(401, KeycloakAdmin.login("accord-cli", user.username(), "wrong-" + i).statusCode());
            }
            assertTrue(KeycloakAdmin.lockedOut(user), "brute-force detection holds the user");
            HttpResponse<String> right = KeycloakAdmin.login("accord-cli", user.username(), user.password());
            assertNotEquals(200, right.statusCode(), right::body);
            assertFalse(right.body().contains("access_token"), right::body);
        } finally {
            KeycloakAdmin.delete(user);
        }
    }

    // --- case 12 -------------------------------------------------------------------------------------

    @Test
    void aVictimsEmailGetsNoneOfTheVictimsThings() {
        String victimEmail = "cn-reporter@accord.example";
        // the realm refuses a second account with the victim's e-mail (duplicateEmailsAllowed false) ...
        assertEquals(409, KeycloakAdmin.tryCreate(Json.createObjectBuilder().add("username", "sec-dup-" + UUID.randomUUID())
                .add("email", victimEmail).add("enabled", true).build()));
        // ... and a user whose user name is the victim's e-mail, in the victim's country, is someone else
        Throwaway lookalike = null;
        try {
            lookalike = KeycloakAdmin.create("lookalike", "CN", "reporter", "CN-Reporter@accord.example.evil");
            String token = KeycloakAdmin.accessToken("accord-cli", lookalike);
            JsonObject me = Api.get("/api/me").bearer(token).send().expect(200).json();
            assertEquals(lookalike.username(), me.getString("user"));
            String key = UUID.randomUUID().toString();
            JsonObject victims = Api.post(Reports.PATH).as(CN_REPORTER).header("Idempotency-Key", key)
                    .json(Reports.body(Reports.uniqueTitle("victim's")).build()).send().expect(201).json();
            JsonObject own = Api.post(Reports.PATH).bearer(token).header("Idempotency-Key", key)
                    .json(Reports.body(Reports.uniqueTitle("victim's")).build()).send().expect(201).json();
            assertNotEquals(victims.getString("id"), own.getString("id"), "the victim's idempotent reply is not replayed");
            assertEquals(lookalike.username(), own.getString("createdBy"));
        } finally {
            KeycloakAdmin.delete(lookalike);
        }
    }

    // --- case 13 -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "login return address {0} → refused")
    @ValueSource(strings = {"//evil.example/", "/\\evil.example/", "http://evil.example/", "https://evil.example/",
        "http://localhost:8380@evil.example/", "http://localhost.evil.example/", "javascript:alert(1)"})
    void aLoginReturnAddressToAnotherHostIsRefused(String target) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(authUrl(target)
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256")).build(),
                BodyHandlers.ofString());
        assertEquals(400, reply.statusCode(), () -> target + ": " + reply.headers());
        assertTrue(reply.headers().firstValue("Location").isEmpty(), () -> target + ": " + reply.headers());
        assertFalse(reply.body().contains("kc-form-login"), target);
    }

    @ParameterizedTest(name = "logout return address {0} → not followed")
    @ValueSource(strings = {"http://evil.example/", "//evil.example/", "http://localhost:8380@evil.example/"})
    void aLogoutReturnAddressToAnotherHostIsNotFollowed(String target) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(Tokens.ISSUER
                + "/protocol/openid-connect/logout?client_id=accord&post_logout_redirect_uri="
                + URLEncoder.encode(target, StandardCharsets.UTF_8))).build(), BodyHandlers.ofString());
        assertFalse(reply.headers().firstValue("Location").orElse("").contains("evil.example"), reply::toString);
        assertTrue(reply.statusCode() == 400 || reply.statusCode() == 200, reply::toString);
    }

    /** The portal's own logout builds its return address from the Host header; a forged Host goes nowhere. */
    @Test
    void thePortalsLogoutWithAForgedHostDoesNotReturnToThatHost() throws Exception {
        URI base = URI.create(Api.BASE_URL);
        String location;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /logout HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            location = answer.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .map(l -> l.substring(9).strip()).orElse("");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (location.isEmpty()) {
            return; // refused outright: nothing to follow
        }
        assertTrue(location.startsWith(Tokens.ISSUER), location);
        HttpResponse<String> keycloak = HTTP.send(HttpRequest.newBuilder(URI.create(location)).build(),
                BodyHandlers.ofString());
        assertFalse(keycloak.headers().firstValue("Location").orElse("").contains("evil.example"), keycloak::toString);
    }
}
