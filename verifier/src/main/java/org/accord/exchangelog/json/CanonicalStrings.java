package org.accord.exchangelog.json;

/**
 * Recognizes a JSON string token that is already in RFC 8785 canonical form (§3.2.2.2), i.e. exactly what
 * {@link CanonicalJsonWriter#string} writes for its value: valid UTF-8 written as itself, and escapes only
 * where JCS puts them ({@code \" \\ \b \t \n \f \r}, and {@code \}{@code u00xx} in lower-case hex for the
 * other characters below U+0020). Such a token can be copied into canonical output without decoding.
 */
public final class CanonicalStrings {

    private CanonicalStrings() {
    }

    /**
     * The position after the closing quote of the string token whose opening quote is at {@code quote},
     * or -1 if the token is not canonical (or not a valid string at all, or runs past {@code end}).
     */
    public static int tokenEnd(byte[] text, int quote, int end) {
        int pos = quote + 1;
        while (pos < end) {
            pos = ByteScan.skipPlainStringBytes(text, pos, end);
            if (pos == end) {
                break;
            }
            int b = text[pos] & 0xff;
            if (b == '"') {
                return pos + 1;
            } else if (b == '\\') {
                int length = escapeLength(text, pos, end);
                if (length < 0) {
                    return -1;
                }
                pos += length;
            } else if (b < 0x20) {
                return -1; // not even JSON
            } else {
                int length = Utf8.sequenceLength(text, pos, end);
                if (length < 0) {
                    return -1;
                }
                pos += length;
            }
        }
        return -1;
    }

    /** The length of the canonical escape at {@code text[backslash]}, or -1 if it is not one. */
    private static int escapeLength(byte[] text, int backslash, int end) {
        if (backslash + 1 >= end) {
            return -1;
        }
        switch (text[backslash + 1]) {
            case '"': case '\\': case 'b': case 't': case 'n': case 'f': case 'r':
                return 2;
            case 'u':
                if (backslash + 6 > end || text[backslash + 2] != '0' || text[backslash + 3] != '0') {
                    return -1;
                }
                int high = text[backslash + 4];
                int low = text[backslash + 5];
                int lowValue = low >= '0' && low <= '9' ? low - '0' : low >= 'a' && low <= 'f' ? low - 'a' + 10 : -1;
                if ((high != '0' && high != '1') || lowValue < 0) {
                    return -1; // not a control character, or upper-case hex
                }
                int c = (high - '0') << 4 | lowValue;
                boolean hasShortForm = c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
                return hasShortForm ? -1 : 6;
            default:
                return -1; // including the legal but non-canonical \/
        }
    }
}
