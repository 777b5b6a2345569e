package org.accord.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (FIPS 180-4) as evidence uses it: lower-case hex, computed over a stream in 64 KiB steps. */
public final class Sha256 {

    public static final int BUFFER = 64 * 1024;

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** Hash and size of everything {@code in} holds. */
    public static Hashed of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            digest.update(buffer, 0, n);
            size += n;
        }
        return new Hashed(hex(digest.digest()), size);
    }

    public static boolean isHex(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }

    /** A hash with the number of bytes it covers. */
    public record Hashed(String sha256, long size) {
    }
}
