package org.accord.evidence.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload body that must keep an average of at least {@code accord.upload.min-bytes-per-second} (default
 * 10 KiB/s) once {@code accord.upload.grace-seconds} (default 10) have passed; below that it is a slow-drip
 * client holding a worker thread, and the read fails with {@link TooSlowException} (SECURITY.md case 14,
 * ASVS 5.0 V15.2.2). A client that stops sending altogether is cut by the HTTP listener's read timeout.
 */
final class MinimumRate extends FilterInputStream {

    static final long MIN_BYTES_PER_SECOND = Long.getLong("accord.upload.min-bytes-per-second", 10 * 1024);
    static final long GRACE_NANOS = Long.getLong("accord.upload.grace-seconds", 10) * 1_000_000_000L;

    /** The body came too slowly. */
    static final class TooSlowException extends IOException {
        TooSlowException(String message) {
            super(message);
        }
    }

    private final long start = System.nanoTime();
    private long received;

    MinimumRate(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws TooSlowException {
        received += n;
        long elapsed = System.nanoTime() - start;
        if (elapsed > GRACE_NANOS && received * 1_000_000_000L / elapsed < MIN_BYTES_PER_SECOND) {
            throw new TooSlowException("The body came at " + (received * 1_000_000_000L / elapsed)
                    + " bytes/s, below the minimum of " + MIN_BYTES_PER_SECOND + " bytes/s");
        }
    }
}
