package org.accord.exchangelog.json;

/**
 * Strict UTF-8 (RFC 3629 §4): the shortest form only, no encoded surrogates (U+D800 to U+DFFF), nothing
 * above U+10FFFF. A lenient decoder would map several byte strings to one text, and two different lines
 * must never count as the same entry.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The length (2 to 4) of the valid multi-byte sequence at {@code text[pos]} (whose lead byte is 0x80 or
     * above), or -1 if it is not valid UTF-8 or runs past {@code end}.
     */
    static int sequenceLength(byte[] text, int pos, int end) {
        int lead = text[pos] & 0xff;
        int count;
        if (lead >= 0xc2 && lead <= 0xdf) {
            count = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            count = 3;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            count = 4;
        } else {
            return -1; // a continuation byte, an overlong 2-byte lead (0xc0, 0xc1), or beyond U+10FFFF
        }
        if (pos + count > end) {
            return -1;
        }
        for (int i = 1; i < count; i++) {
            if ((text[pos + i] & 0xc0) != 0x80) {
                return -1;
            }
        }
        int second = text[pos + 1] & 0xff;
        boolean valid = lead == 0xe0 ? second >= 0xa0 // not overlong
                : lead == 0xed ? second <= 0x9f // not a surrogate
                : lead == 0xf0 ? second >= 0x90 // not overlong
                : lead != 0xf4 || second <= 0x8f; // not above U+10FFFF
        return valid ? count : -1;
    }

    /** The code point of the valid sequence of {@code length} bytes at {@code text[pos]}. */
    static int codePoint(byte[] text, int pos, int length) {
        int codePoint = text[pos] & (0xff >> (length + 1));
        for (int i = 1; i < length; i++) {
            codePoint = codePoint << 6 | (text[pos + i] & 0x3f);
        }
        return codePoint;
    }
}
