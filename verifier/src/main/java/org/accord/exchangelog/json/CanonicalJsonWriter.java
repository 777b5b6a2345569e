package org.accord.exchangelog.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON in the canonical form of RFC 8785 (JSON Canonicalization Scheme) into a reusable byte
 * buffer, for the value types the exchange log uses: strings, integers, and the structural characters.
 * The caller writes object members in JCS order (names sorted by UTF-16 code units); this class makes
 * each value's bytes canonical:
 * <ul>
 * <li>strings (RFC 8785 §3.2.2.2): UTF-8; {@code "} and {@code \} escaped with a backslash; U+0008,
 * U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}; other characters below U+0020 as
 * {@code \}{@code u00xx} with lower-case hex; every other character as itself (so {@code /}, U+007F and
 * non-ASCII are never escaped). An unpaired surrogate cannot be written.</li>
 * <li>integers (RFC 8785 §3.2.2.3): plain decimal, {@code -} for negatives, no exponent. JCS numbers
 * are IEEE-754 doubles, so only integers of magnitude below 2<sup>53</sup> are exact; larger ones are
 * refused.</li>
 * </ul>
 * No whitespace is ever written. Not thread-safe.
 */
public final class CanonicalJsonWriter {

    /** The largest integer an IEEE-754 double, hence JCS, holds exactly: 2^53 - 1. */
    public static final long MAX_EXACT_INTEGER = (1L << 53) - 1;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[512];
    private int length;

    /** Empties the buffer (keeping its capacity). */
    public CanonicalJsonWriter reset() {
        length = 0;
        return this;
    }

    /** Writes one structural character: {@code { } [ ] , :}. */
    public CanonicalJsonWriter punctuation(char c) {
        ensure(1);
        bytes[length++] = (byte) c;
        return this;
    }

    /** Writes a member name and its colon. */
    public CanonicalJsonWriter name(String name) {
        return string(name).punctuation(':');
    }

    public CanonicalJsonWriter string(String value) {
        int n = value.length();
        ensure(n * 6 + 2); // no char takes more than 6 bytes (a six-byte escape); a surrogate pair takes 4 for 2 chars
        bytes[length++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                bytes[length++] = (byte) c;
            } else if (c < 0x80) {
                escape(c);
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xc0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw new IllegalArgumentException("unpaired surrogate at index " + i + ": not Unicode text");
                }
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                bytes[length++] = (byte) (0xf0 | codePoint >> 18);
                bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3f);
            } else {
                bytes[length++] = (byte) (0xe0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[length++] = (byte) (0x80 | c & 0x3f);
            }
        }
        bytes[length++] = '"';
        return this;
    }

    public CanonicalJsonWriter number(long value) {
        if (value > MAX_EXACT_INTEGER || value < -MAX_EXACT_INTEGER) {
            throw new IllegalArgumentException(value + " is not exact as a JSON number (RFC 8785 uses IEEE-754 doubles)");
        }
        ensure(20);
        if (value < 0) {
            bytes[length++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = length + digits - 1; i >= length; i--, value /= 10) {
            bytes[i] = (byte) ('0' + value % 10);
        }
        length += digits;
        return this;
    }

    /** Writes ASCII text as it is: for values already in canonical form. */
    public CanonicalJsonWriter ascii(CharSequence text) {
        int n = text.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Writes ASCII bytes as they are (names and punctuation prepared in advance). */
    public CanonicalJsonWriter ascii(byte[] ascii) {
        return raw(ascii, 0, ascii.length);
    }

    /** Copies {@code text[from, to)} as it is: for bytes already known to be canonical. */
    public CanonicalJsonWriter raw(byte[] text, int from, int to) {
        ensure(to - from);
        System.arraycopy(text, from, bytes, length, to - from);
        length += to - from;
        return this;
    }

    /** The buffer; only {@code [0, length())} is written. */
    public byte[] buffer() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void escape(char c) {
        bytes[length++] = '\\';
        switch (c) {
            case '"': bytes[length++] = '"'; break;
            case '\\': bytes[length++] = '\\'; break;
            case '\b': bytes[length++] = 'b'; break;
            case '\t': bytes[length++] = 't'; break;
            case '\n': bytes[length++] = 'n'; break;
            case '\f': bytes[length++] = 'f'; break;
            case '\r': bytes[length++] = 'r'; break;
            default:
                bytes[length++] = 'u';
                bytes[length++] = '0';
                bytes[length++] = '0';
                bytes[length++] = HEX[c >> 4];
                bytes[length++] = HEX[c & 0xf];
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
