package org.accord.it;

import static org.accord.it.support.BadTokens.hmacWithPublicKey;
import static org.accord.it.support.BadTokens.parts;
import static org.accord.it.support.BadTokens.resignedWithOwnKey;
import static org.accord.it.support.BadTokens.unsigned;
import static org.accord.it.support.BadTokens.withCountry;
import static org.accord.it.support.BadTokens.withEmbeddedKey;
import static org.accord.it.support.BadTokens.withLiaisonRole;
import static org.accord.it.support.DemoUsers.CN_AUDITOR;
import static org.accord.it.support.DemoUsers.CN_GUEST;
import static org.accord.it.support.DemoUsers.CN_REPORTER;
import static org.accord.it.support.DemoUsers.PORTAL_ADMIN;
import static org.accord.it.support.DemoUsers.US_REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.accord.it.support.Api;
import org.accord.it.support.BadTokens;
import org.accord.it.support.BadTokens.KeyBytes;
import org.accord.it.support.DemoUser;
import org.accord.it.support.Reply;
import org.accord.it.support.Reports;
import org.accord.it.support.Tokens;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API accepts only genuine, unexpired access tokens issued by the realm for the {@code accord}
 * audience (401 otherwise, never a redirect to the login page), and a genuine token without the
 * needed role gets 403.
 */
class TokenIT {

    private static final String PROTECTED = Reports.PATH;

    @Test
    void aGenuineAccessTokenIsAccepted() {
        JsonObject me = Api.get("/api/me").as(CN_REPORTER).send().expect(200).json();
        assertEquals("cn-reporter", me.getString("user"));
        Api.get(PROTECTED).as(CN_REPORTER).send().expect(200);
    }

    @Test
    void noTokenIs401WithoutAcceptHeader() {
        assertUnauthorized(Api.get(PROTECTED).send());
    }

    @Test
    void noTokenIs401EvenForABrowserThatAcceptsHtml() {
        assertUnauthorized(Api.get(PROTECTED).header("Accept", "text/html,application/xhtml+xml").send());
    }

    @ParameterizedTest(name = "{0} → 401")
    @MethodSource("rejectedTokens")
    void rejectedTokenIs401(String token) {
        assertUnauthorized(Api.get(PROTECTED).bearer(token).send());
        assertUnauthorized(Api.get("/api/me").bearer(token).send());
    }

    @Test
    void aForgedTokenFilesNothing() throws Exception {
        String title = Reports.uniqueTitle("forged token");
        Instant since = Instant.now().minusSeconds(5);
        Reply reply = Api.post(Reports.PATH).bearer(resignedWithOwnKey(Tokens.accessToken(CN_REPORTER)))
                .json(Reports.body(title).build()).send();
        assertUnauthorized(reply);
        Reports.assertStored(0, CN_REPORTER, title, since);
    }

    static Stream<Named<String>> rejectedTokens() throws Exception {
        String genuine = Tokens.accessToken(CN_REPORTER);
        return Stream.of(
                Named.of("not a JWT at all", "not-a-token"),
                Named.of("forged signature (claims re-signed with our own RSA key, same kid)",
                        resignedWithOwnKey(genuine)),
                Named.of("payload changed (country CN → US), original signature", withCountry(genuine, "US")),
                Named.of("payload changed (role liaison added), original signature", withLiaisonRole(genuine)),
                Named.of("alg none, no signature", unsigned(genuine, "none", "")),
                Named.of("alg none, original signature kept", unsigned(genuine, "none", parts(genuine)[2])),
                Named.of("HS256 keyed with the realm's RSA public key (DER)", hmacWithPublicKey(genuine, KeyBytes.DER)),
                Named.of("HS256 keyed with the realm's RSA public key (PEM)", hmacWithPublicKey(genuine, KeyBytes.PEM)),
                Named.of("HS256 keyed with the realm's public_key text", hmacWithPublicKey(genuine, KeyBytes.REALM_TEXT)),
                Named.of("own key embedded in the jwk header", withEmbeddedKey(genuine)),
                Named.of("unknown kid, signed with our own key", BadTokens.unknownKid(genuine)),
                Named.of("jku header naming our own key set", BadTokens.withKeyUrl(genuine, "jku",
                        "http://evil.example/jwks.json")),
                Named.of("jku header naming the realm's own certs URL (key swapped)", BadTokens.withKeyUrl(genuine,
                        "jku", Tokens.ISSUER + "/protocol/openid-connect/certs")),
                Named.of("x5u header naming our own certificate", BadTokens.withKeyUrl(genuine, "x5u",
                        "http://evil.example/cert.pem")),
                Named.of("token of client accord-other (no accord audience)", otherAudienceToken()),
                Named.of("ID token used as bearer token", idToken()));
    }

    @Test
    void anExpiredGenuineTokenIs401() throws Exception {
        String token = Tokens.passwordGrant("accord-expiry-test", CN_REPORTER, null).getString("access_token");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        Api.get("/api/me").bearer(token).send().expect(200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusMillis(1500)).toMillis()));
        assertUnauthorized(Api.get(PROTECTED).bearer(token).send());
    }

    @Test
    void aUserWithoutAnyRoleIs403() {
        Api.get(PROTECTED).as(CN_GUEST).send().expectProblem(403);
        assertCannotFile(CN_GUEST);
    }

    @Test
    void theAdminIs403OnReports() {
        String id = Reports.create(CN_REPORTER, Reports.uniqueTitle("admin probe")).getString("id");
        Api.get(PROTECTED).as(PORTAL_ADMIN).send().expectProblem(403);
        Reply reply = Api.get(Reports.path(id)).as(PORTAL_ADMIN).send();
        reply.expectProblem(403);
        assertFalse(reply.body().contains("admin probe"), reply::toString);
        assertCannotFile(PORTAL_ADMIN);
    }

    @Test
    void anAuditorCannotFileAReport() {
        assertCannotFile(CN_AUDITOR);
    }

    @Test
    void theCnToolingServiceAccountFilesACnReport() {
        String token = Tokens.clientCredentials("cn-tooling", "cn-tooling-demo-secret");
        String title = Reports.uniqueTitle("tooling");
        JsonObject report = Api.post(Reports.PATH).bearer(token).json(Reports.body(title).build()).send()
                .expect(201).json();
        assertEquals("CN", report.getString("country"));
        assertTrue(report.getString("id").startsWith("CN-"), report::toString);
        assertEquals("service-account-cn-tooling", report.getString("createdBy"));
        assertEquals(title, Reports.read(CN_REPORTER, report.getString("id")).getString("title"));
        Api.get(Reports.path(report.getString("id"))).as(US_REPORTER).send().expectProblem(404);
    }

    private static void assertCannotFile(DemoUser user) {
        String title = Reports.uniqueTitle("no role to file");
        Instant since = Instant.now().minusSeconds(5);
        Api.post(Reports.PATH).as(user).json(Reports.body(title).build()).send().expectProblem(403);
        Reports.assertStored(0, CN_REPORTER, title, since);
    }

    /** A program's 401: a bearer challenge, not a redirect to Keycloak's login page. */
    private static void assertUnauthorized(Reply reply) {
        reply.expect(401);
        assertTrue(reply.header("WWW-Authenticate").orElse("").startsWith("Bearer"), reply.headers()::toString);
        assertTrue(reply.header("Location").isEmpty(), reply.headers()::toString);
    }

    private static String otherAudienceToken() throws Exception {
        String token = Tokens.passwordGrant("accord-other", CN_REPORTER, null).getString("access_token");
        assertFalse(SignedJWT.parse(token).getJWTClaimsSet().getAudience().contains("accord"),
                "accord-other's tokens must not name the accord audience");
        return token;
    }

    private static String idToken() {
        return Tokens.passwordGrant(Tokens.CLI_CLIENT, CN_REPORTER, "openid").getString("id_token");
    }
}
