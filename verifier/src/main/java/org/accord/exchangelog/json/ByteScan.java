package org.accord.exchangelog.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds bytes eight at a time ("SWAR": SIMD within a register), for the loops that touch every byte of a
 * million-line file: the line ends, and the plain runs inside JSON strings. A byte-at-a-time loop there
 * costs more than SHA-256 over the same bytes.
 */
public final class ByteScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteScan() {
    }

    /** The index of the first {@code value} in {@code text[from, to)}, or -1. */
    public static int indexOf(byte[] text, int from, int to, byte value) {
        long pattern = ONES * (value & 0xff);
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long matches = zeroBytes((long) LONGS.get(text, i) ^ pattern);
            if (matches != 0) {
                return i + (Long.numberOfTrailingZeros(matches) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (text[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the first byte in {@code text[from, to)} that a JSON string scanner must look at: a quote,
     * a backslash, a control character (below 0x20) or a non-ASCII byte (0x80 and above); {@code to} if none.
     */
    public static int skipPlainStringBytes(byte[] text, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long x = (long) LONGS.get(text, i);
            long special = zeroBytes(x ^ ONES * '"') | zeroBytes(x ^ ONES * '\\') | belowSpaceOrHigh(x);
            if (special != 0) {
                return i + (Long.numberOfTrailingZeros(special) >>> 3);
            }
        }
        for (; i < to; i++) {
            int b = text[i];
            if (b == '"' || b == '\\' || b < 0x20) { // negative, hence below 0x20, for every non-ASCII byte
                return i;
            }
        }
        return to;
    }

    /** Whether {@code text} holds {@code bytes} at {@code start} (which the caller keeps in bounds). */
    public static boolean regionEquals(byte[] text, int start, byte[] bytes) {
        int n = bytes.length;
        if (n >= Long.BYTES) { // two overlapping words cover 8 to 16 bytes; a loop of words covers the rest
            for (int i = 0; i < n - Long.BYTES; i += Long.BYTES) {
                if ((long) LONGS.get(text, start + i) != (long) LONGS.get(bytes, i)) {
                    return false;
                }
            }
            return (long) LONGS.get(text, start + n - Long.BYTES) == (long) LONGS.get(bytes, n - Long.BYTES);
        }
        for (int i = 0; i < n; i++) {
            if (text[start + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * High bit set in each byte of the result whose byte in {@code x} is zero. Exact for the lowest such
     * byte (bytes above a zero byte may be flagged falsely by the borrow), which is the only one used.
     */
    private static long zeroBytes(long x) {
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** High bit set for the bytes below 0x20 or from 0x80 up; exact for the lowest flagged byte. */
    private static long belowSpaceOrHigh(long x) {
        return ((x - ONES * 0x20) | x) & HIGH_BITS;
    }
}
