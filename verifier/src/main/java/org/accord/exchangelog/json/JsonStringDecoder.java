package org.accord.exchangelog.json;

import java.util.Arrays;

/**
 * Decodes the body of a JSON string (RFC 8259 §7) that has escapes or non-ASCII bytes: escapes are
 * resolved, UTF-8 is decoded strictly (RFC 3629: no overlong forms, no encoded surrogates, nothing above
 * U+10FFFF), and a {@code \}{@code u} escape of a surrogate must be one half of a pair. Rejecting what a
 * lenient decoder would replace keeps one text from having two readings. Reuses its buffer; not
 * thread-safe.
 */
final class JsonStringDecoder {

    private char[] chars = new char[64];
    private int length;

    /**
     * Decodes from {@code text[start]} (just after the opening quote) up to and including the closing
     * quote; returns the position after it.
     */
    int decode(byte[] text, int start, int end) {
        length = 0;
        int pos = start;
        while (true) {
            if (pos >= end) {
                throw new MalformedJsonException("unterminated string");
            }
            int b = text[pos] & 0xff;
            if (b == '"') {
                return pos + 1;
            } else if (b == '\\') {
                pos = escape(text, pos + 1, end);
            } else if (b < 0x20) {
                throw new MalformedJsonException("control character U+00" + hex2(b) + " must be escaped in a string");
            } else if (b < 0x80) {
                append((char) b);
                pos++;
            } else {
                pos = utf8(text, pos, end);
            }
        }
    }

    String result() {
        return new String(chars, 0, length);
    }

    private int escape(byte[] text, int pos, int end) {
        if (pos >= end) {
            throw new MalformedJsonException("unterminated escape");
        }
        switch (text[pos]) {
            case '"': append('"'); break;
            case '\\': append('\\'); break;
            case '/': append('/'); break;
            case 'b': append('\b'); break;
            case 'f': append('\f'); break;
            case 'n': append('\n'); break;
            case 'r': append('\r'); break;
            case 't': append('\t'); break;
            case 'u': return unicodeEscape(text, pos + 1, end);
            default: throw new MalformedJsonException("invalid escape \\" + (char) text[pos]);
        }
        return pos + 1;
    }

    private int unicodeEscape(byte[] text, int pos, int end) {
        char c = (char) hex4(text, pos, end);
        pos += 4;
        if (Character.isLowSurrogate(c)) {
            throw new MalformedJsonException("unpaired surrogate \\u" + Integer.toHexString(c));
        }
        if (Character.isHighSurrogate(c)) {
            if (pos + 6 > end || text[pos] != '\\' || text[pos + 1] != 'u'
                    || !Character.isLowSurrogate((char) hex4(text, pos + 2, end))) {
                throw new MalformedJsonException("unpaired surrogate \\u" + Integer.toHexString(c));
            }
            append(c);
            c = (char) hex4(text, pos + 2, end);
            pos += 6;
        }
        append(c);
        return pos;
    }

    private static int hex4(byte[] text, int pos, int end) {
        if (pos + 4 > end) {
            throw new MalformedJsonException("truncated \\u escape");
        }
        int value = 0;
        for (int i = pos; i < pos + 4; i++) {
            int digit = Character.digit(text[i], 16);
            if (digit < 0) {
                throw new MalformedJsonException("invalid hex digit in \\u escape");
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** Decodes one UTF-8 sequence of 2 to 4 bytes starting at {@code pos}; returns the position after it. */
    private int utf8(byte[] text, int pos, int end) {
        int length = Utf8.sequenceLength(text, pos, end);
        if (length < 0) {
            throw new MalformedJsonException("invalid UTF-8 (RFC 3629: shortest form, no surrogates, up to U+10FFFF)");
        }
        int codePoint = Utf8.codePoint(text, pos, length);
        if (codePoint >= 0x10000) {
            append(Character.highSurrogate(codePoint));
            append(Character.lowSurrogate(codePoint));
        } else {
            append((char) codePoint);
        }
        return pos + length;
    }

    private void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    private static String hex2(int b) {
        return String.format("%02x", b);
    }
}
