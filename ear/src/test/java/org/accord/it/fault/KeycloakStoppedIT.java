package org.accord.it.fault;

import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.US_LIAISON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.accord.it.support.Api;
import org.accord.it.support.BadTokens;
import org.accord.it.support.KeycloakAdmin;
import org.accord.it.support.Reply;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SECURITY.md case 22: Keycloak stopped, as the portal sees it (the proxy between the two is cut; the shared
 * Keycloak itself runs on, since other tests use it). Tokens the portal can check with the keys it holds keep
 * working until they expire, then 401; a new login gets a clear "login service unavailable" page, never a 500;
 * and once Keycloak answers again, a key added by rotation is picked up.
 */
@Tag("fault")
@ExtendWith(FaultPortal.class)
class KeycloakStoppedIT {

    private final KeycloakProxy keycloak = FaultPortal.keycloak();

    @Test
    void validTokensWorkUntilTheyExpireAndNewLoginsGetAClearPage() throws Exception {
        // the browser logins use a user of their own: a demo user may be held by brute-force detection of other runs
        KeycloakAdmin.Throwaway user = KeycloakAdmin.create("fault-login", "CN", "reporter", null);
        try {
            loginsFailClearlyWhileTokensLast(user);
        } finally {
            KeycloakAdmin.delete(user);
        }
    }

    private void loginsFailClearlyWhileTokensLast(KeycloakAdmin.Throwaway user) throws Exception {
        String token = Tokens.accessToken(CN_REPORTER);
        // accord-expiry-test issues 3-second access tokens: the realm's 5-minute lifespan, shortened
        String shortLived = Tokens.passwordGrant("accord-expiry-test", US_LIAISON, null).getString("access_token");
        Api.get("/api/me").bearer(token).send().expect(200);
        Api.get("/api/me").bearer(shortLived).send().expect(200);
        assertEquals(302, new CodeFlowLogin().logIn(user.username(), user.password()).statusCode(),
                "while Keycloak answers, a login ends in a redirect to the page");
        long relayedBefore = keycloak.connections();
        assertTrue(relayedBefore > 0, "the portal reaches Keycloak through the proxy only");
        try {
            keycloak.cut();
            assertEquals("cn-reporter", Api.get("/api/me").bearer(token).send().expect(200).json().getString("user"));
            Api.get("/api/reports?size=1").bearer(token).send().expect(200);

            HttpResponse<String> login = new CodeFlowLogin().logIn(user.username(), user.password());
            assertEquals(503, login.statusCode(), () -> CodeFlowLogin.describe(login));
            assertTrue(login.body().contains("Your login could not be completed"), () -> CodeFlowLogin.describe(login));
            assertFalse(login.body().contains("Exception"), () -> CodeFlowLogin.describe(login));

            unauthorized(Api.get("/api/me").bearer(BadTokens.unknownKid(token)).send());
            Instant expiry = SignedJWT.parse(shortLived).getJWTClaimsSet().getExpirationTime().toInstant();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusMillis(1500)).toMillis()));
            unauthorized(Api.get("/api/me").bearer(shortLived).send());
        } finally {
            keycloak.connect();
        }
        assertEquals(302, new CodeFlowLogin().logIn(user.username(), user.password()).statusCode(),
                "once Keycloak answers again, logins work again");
    }

    @Test
    void aKeyAddedByRotationIsPickedUp() throws Exception {
        String before = Tokens.passwordGrant(Tokens.CLI_CLIENT, CN_REPORTER, null).getString("access_token");
        Api.get("/api/me").bearer(before).send().expect(200);
        long highest = KeycloakAdmin.keys().stream().mapToLong(k -> k.getJsonNumber("providerPriority").longValue())
                .max().orElse(100);
        String provider = null;
        try {
            provider = KeycloakAdmin.addRsaKeyProvider("fault-rotation-" + UUID.randomUUID(), highest + 100);
            String rotated = Tokens.passwordGrant(Tokens.CLI_CLIENT, CN_REPORTER, null).getString("access_token");
            // other test runs share the realm: at once, new tokens are signed with the old key again; the new
            // key stays passive (it still verifies) until it is removed below
            KeycloakAdmin.demoteKeyProvider(provider, 1);
            String newKid = kidOf(provider);
            assertEquals(newKid, SignedJWT.parse(rotated).getHeader().getKeyID(), "signed with the new key");
            assertNotEquals(newKid, SignedJWT.parse(before).getHeader().getKeyID());

            Reply accepted = awaitAccepted(rotated);
            assertEquals("cn-reporter", accepted.json().getString("user"));
            Api.get("/api/me").bearer(before).send().expect(200);
        } finally {
            KeycloakAdmin.deleteComponent(provider);
        }
    }

    /** Elytron fetches the keys again for an unknown kid, at most every 10 s (min-time-between-jwks-requests). */
    private static Reply awaitAccepted(String token) throws InterruptedException {
        long start = System.nanoTime();
        long giveUp = start + Duration.ofSeconds(15).toNanos();
        Reply reply = Api.get("/api/me").bearer(token).send();
        while (reply.status() != 200 && System.nanoTime() < giveUp) {
            Thread.sleep(500);
            reply = Api.get("/api/me").bearer(token).send();
        }
        System.out.println("KeycloakStoppedIT: the token of the rotated key was accepted after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        return reply.expect(200);
    }

    private static String kidOf(String provider) {
        return KeycloakAdmin.keys().stream().filter(k -> provider.equals(k.getString("providerId", "")))
                .map(k -> k.getString("kid")).filter(k -> k != null).findFirst()
                .orElseThrow(() -> new AssertionError("no key of provider " + provider));
    }

    private static void unauthorized(Reply reply) {
        JsonObject problem = reply.expectProblem(401);
        assertEquals(401, problem.getInt("status"));
    }
}
