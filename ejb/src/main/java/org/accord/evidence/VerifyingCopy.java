package org.accord.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/**
 * Copies stored evidence to a client while hashing it (issue 4, item 4). The last buffer is held back
 * until the hash of the whole file is known: when the bytes do not match the recorded hash and size, the
 * copy stops with {@link IntegrityMismatchException} before the client has the complete file, so a
 * damaged file is never delivered as a good one.
 */
public final class VerifyingCopy {

    private VerifyingCopy() {
    }

    public static void copy(InputStream in, OutputStream out, String expectedSha256, long expectedSize)
            throws IOException {
        copy(in, out, expectedSha256, expectedSize, () -> { });
    }

    /**
     * As {@link #copy(InputStream, OutputStream, String, long)}, running {@code verified} once the whole file
     * is known to match and before its last bytes go out: a client that has the complete file finds the
     * download already recorded, and a download that cannot be recorded does not complete.
     */
    public static void copy(InputStream in, OutputStream out, String expectedSha256, long expectedSize,
            Runnable verified) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] held = new byte[Sha256.BUFFER];
        byte[] next = new byte[Sha256.BUFFER];
        int heldLength = 0;
        long total = 0;
        boolean writing = true;
        for (int n; (n = in.readNBytes(next, 0, next.length)) > 0;) {
            digest.update(next, 0, n);
            total += n;
            writing &= total <= expectedSize;
            if (writing && heldLength > 0) {
                out.write(held, 0, heldLength);
            }
            byte[] swap = held;
            held = next;
            next = swap;
            heldLength = n;
        }
        String actual = Sha256.hex(digest.digest());
        if (total != expectedSize || !actual.equals(expectedSha256)) {
            throw new IntegrityMismatchException(actual, total);
        }
        verified.run();
        if (heldLength > 0) {
            out.write(held, 0, heldLength);
        }
        out.flush();
    }

    /** The stored bytes differ from what was recorded at upload. */
    public static class IntegrityMismatchException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String actualSha256;
        private final long actualSize;

        public IntegrityMismatchException(String actualSha256, long actualSize) {
            super("Stored bytes do not match the recorded SHA-256: found " + actualSha256 + " over " + actualSize
                    + " bytes");
            this.actualSha256 = actualSha256;
            this.actualSize = actualSize;
        }

        public String actualSha256() {
            return actualSha256;
        }

        public long actualSize() {
            return actualSize;
        }
    }
}
