package org.accord.exchangelog.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict RFC 8259 parsing: what a lenient parser would accept must not pass, so one text has one reading. */
class JsonCursorTest {

    @Test
    void readsDocuments() {
        Object value = parse(" {\"a\": [1, -2, 3.5, \"x\\u00e9\\n\", true, false, null], \"b\": {}} ");
        assertEquals(Map.of("a", Arrays.asList(1L, -2L, new BigDecimal("3.5"), "xé\n", true, false, null),
                "b", Map.of()), value);
        assertEquals("\uD83D\uDD10", parse("\"\\ud83d\\udd10\""));
        assertEquals("é李\uD83D\uDD10", parse("\"é李\uD83D\uDD10\""));
        assertEquals(new BigDecimal("18446744073709551615"), parse("18446744073709551615"));
    }

    @Test
    void refusesWhatJsonDoesNotAllow() {
        for (String text : List.of("[1,]", "{\"a\":1,}", "[,1]", "01", "-", "1.", ".5", "1e", "+1", "\"a", "[1 2]",
                "{\"a\" 1}", "{a:1}", "'a'", "tru", "nul", "[1]x", "\"tab\there\"", "\"\\x\"", "\"\\u12\"",
                "{\"a\":1,\"a\":2}", "")) {
            assertThrows(MalformedJsonException.class, () -> parse(text), text);
        }
    }

    @Test
    void refusesInvalidUtf8AndUnpairedSurrogates() {
        for (byte[] bytes : List.of(bytes(0x22, 0xc0, 0xaf, 0x22), bytes(0x22, 0xe0, 0x80, 0xaf, 0x22),
                bytes(0x22, 0xed, 0xa0, 0x80, 0x22), bytes(0x22, 0xf4, 0x90, 0x80, 0x80, 0x22), bytes(0x22, 0x80, 0x22),
                bytes(0x22, 0xc3, 0x22), bytes(0x22, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x22))) {
            assertThrows(MalformedJsonException.class, () -> JsonValues.parse(bytes), Arrays.toString(bytes));
        }
        assertThrows(MalformedJsonException.class, () -> parse("\"\\ud800\""));
        assertThrows(MalformedJsonException.class, () -> parse("\"\\udc00\\ud800\""));
        assertThrows(MalformedJsonException.class, () -> parse("\"\\ud800\\u0041\""));
    }

    @Test
    void readsLongsExactly() {
        JsonCursor cursor = new JsonCursor();
        assertEquals(Long.MAX_VALUE, cursor.reset(utf8("9223372036854775807")).readLong());
        assertEquals(Long.MIN_VALUE, cursor.reset(utf8("-9223372036854775808")).readLong());
        assertThrows(MalformedJsonException.class, () -> cursor.reset(utf8("9223372036854775808")).readLong());
        assertThrows(MalformedJsonException.class, () -> cursor.reset(utf8("1.0")).readLong());
        assertThrows(MalformedJsonException.class, () -> cursor.reset(utf8("1e3")).readLong());
        assertThrows(MalformedJsonException.class, () -> cursor.reset(utf8("007")).readLong());
    }

    @Test
    void recognizesCanonicalStringTokens() {
        for (String canonical : List.of("\"\"", "\"plain\"", "\"q\\\"b\\\\\"", "\"\\b\\t\\n\\f\\r\"", "\"\\u0000\\u001f\"",
                "\"é李\"", "\"a/b\"")) {
            assertEquals(canonical.length(), tokenEnd(canonical), canonical);
        }
        for (String other : List.of("\"\\/\"", "\"\\u0041\"", "\"\\u001F\"", "\"\\u0009\"", "\"\\u000a\"", "\"\\u0020\"",
                "\"\\ud83d\\udd10\"", "\"open")) {
            assertEquals(-1, tokenEnd(other), other);
        }
    }

    @Test
    void byteScansAgreeWithPlainLoops() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 5_000; round++) {
            byte[] text = new byte[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
            }
            int from = text.length == 0 ? 0 : random.nextInt(text.length);
            int expectedNewline = -1;
            int expectedSpecial = text.length;
            for (int i = text.length - 1; i >= from; i--) {
                if (text[i] == (byte) 0xe9) {
                    expectedNewline = i;
                }
                if (text[i] == '"' || text[i] == '\\' || text[i] < 0x20) {
                    expectedSpecial = i;
                }
            }
            assertEquals(expectedNewline, ByteScan.indexOf(text, from, text.length, (byte) 0xe9));
            assertEquals(expectedSpecial, ByteScan.skipPlainStringBytes(text, from, text.length));
            byte[] part = Arrays.copyOfRange(text, from, text.length);
            assertEquals(true, ByteScan.regionEquals(text, from, part));
            if (part.length > 0) {
                part[random.nextInt(part.length)] ^= 1;
                assertEquals(false, ByteScan.regionEquals(text, from, part));
            }
        }
    }

    private static int tokenEnd(String token) {
        byte[] bytes = utf8(token);
        return CanonicalStrings.tokenEnd(bytes, 0, bytes.length) < 0 ? -1 : new String(bytes, 0,
                CanonicalStrings.tokenEnd(bytes, 0, bytes.length), StandardCharsets.UTF_8).length();
    }

    private static Object parse(String text) {
        return JsonValues.parse(utf8(text));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
