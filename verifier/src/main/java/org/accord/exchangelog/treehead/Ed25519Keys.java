package org.accord.exchangelog.treehead;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Reads and writes Ed25519 public keys as a country receives them: the DER of an X.509
 * SubjectPublicKeyInfo (RFC 8410), in base64, or wrapped as a PEM {@code PUBLIC KEY} block (RFC 7468).
 */
public final class Ed25519Keys {

    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private Ed25519Keys() {
    }

    /** Reads a PEM block or bare base64 (whitespace is ignored in both). */
    public static PublicKey read(String text) {
        String body = text.strip();
        if (body.startsWith(PEM_BEGIN)) {
            int end = body.indexOf(PEM_END);
            if (end < 0) {
                throw new IllegalArgumentException("the PEM block has no " + PEM_END + " line");
            }
            body = body.substring(PEM_BEGIN.length(), end);
        }
        return fromBase64Der(body.replaceAll("\\s", ""));
    }

    /** Reads the base64 of an X.509 SubjectPublicKeyInfo DER; refuses any key but Ed25519. */
    public static PublicKey fromBase64Der(String base64) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is not base64: " + e.getMessage());
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (X.509 SubjectPublicKeyInfo DER): "
                    + e.getMessage());
        }
    }

    /** The base64 of the key's X.509 SubjectPublicKeyInfo DER. */
    public static String toBase64Der(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The key as a PEM {@code PUBLIC KEY} block, 64 characters a line. */
    public static String toPem(PublicKey key) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n" + PEM_END + "\n";
    }
}
