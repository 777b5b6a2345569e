package org.accord.it.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker could make from a genuine access token: re-signed with another key, altered
 * behind the original signature, unsigned, HMAC-signed with the realm's public key, or carrying
 * their own verification key. A server that verifies tokens correctly refuses every one of them.
 */
public final class BadTokens {

    private BadTokens() {
    }

    /** The three base64url parts of a compact JWS: header, payload, signature. */
    public static String[] parts(String jwt) {
        return jwt.split("\\.");
    }

    public static String resignedWithOwnKey(String genuine) throws Exception {
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey ours = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(real.getHeader().getKeyID()).type(JOSEObjectType.JWT).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(ours));
        return forged.serialize();
    }

    public static String withEmbeddedKey(String genuine) throws Exception {
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey ours = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ours.getKeyID())
                .jwk(ours.toPublicJWK()).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(ours));
        return forged.serialize();
    }

    /** Re-signed with our own key under a {@code kid} the realm never issued. */
    public static String unknownKid(String genuine) throws Exception {
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey ours = new RSAKeyGenerator(2048).keyID("unknown-" + System.nanoTime()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ours.getKeyID())
                .type(JOSEObjectType.JWT).build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(ours));
        return forged.serialize();
    }

    /**
     * Re-signed with our own key whose set (jku) or certificate (x5u) the header points at; a verifier that
     * fetches keys from a token's own header accepts it.
     */
    public static String withKeyUrl(String genuine, String header, String url) throws Exception {
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey ours = new RSAKeyGenerator(2048).keyID(real.getHeader().getKeyID()).generate();
        JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(ours.getKeyID())
                .type(JOSEObjectType.JWT);
        if (header.equals("jku")) {
            builder.jwkURL(java.net.URI.create(url));
        } else {
            builder.x509CertURL(java.net.URI.create(url));
        }
        SignedJWT forged = new SignedJWT(builder.build(), real.getJWTClaimsSet());
        forged.sign(new RSASSASigner(ours));
        return forged.serialize();
    }

    public static String withCountry(String genuine, String country) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet())
                .claim("country", country).build();
        return withPayload(genuine, claims);
    }

    public static String withLiaisonRole(String genuine) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(genuine).getJWTClaimsSet())
                .claim("realm_access", Map.of("roles", List.of("reporter", "liaison")))
                .build();
        return withPayload(genuine, claims);
    }

    private static String withPayload(String genuine, JWTClaimsSet claims) {
        String[] parts = parts(genuine);
        return parts[0] + "." + Base64URL.encode(claims.toString()) + "." + parts[2];
    }

    /** The genuine claims under an {@code alg} of our choice (such as {@code none}) and the given signature. */
    public static String unsigned(String genuine, String alg, String signature) throws Exception {
        String header = Json.createObjectBuilder().add("alg", alg).add("typ", "JWT")
                .add("kid", SignedJWT.parse(genuine).getHeader().getKeyID()).build().toString();
        return Base64URL.encode(header) + "." + parts(genuine)[1] + "." + signature;
    }

    /** How the realm's public key is turned into an HMAC secret. */
    public enum KeyBytes { DER, PEM, REALM_TEXT }

    /** The algorithm-confusion attack: HS256 keyed with bytes of the realm's public RSA key. */
    public static String hmacWithPublicKey(String genuine, KeyBytes form) throws Exception {
        SignedJWT real = SignedJWT.parse(genuine);
        RSAKey realmKey = RSAKey.parse(Tokens.jwks().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(k -> real.getHeader().getKeyID().equals(k.getString("kid"))).findFirst()
                .orElseThrow().toString());
        byte[] der = realmKey.toRSAPublicKey().getEncoded();
        byte[] secret = switch (form) {
            case DER -> der;
            case PEM -> ("-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                    + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII);
            case REALM_TEXT -> Tokens.realm().getString("public_key").getBytes(StandardCharsets.US_ASCII);
        };
        SignedJWT confused = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(real.getHeader().getKeyID()).type(JOSEObjectType.JWT).build(), real.getJWTClaimsSet());
        confused.sign(new MACSigner(secret));
        return confused.serialize();
    }
}
