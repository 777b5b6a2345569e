package org.accord.exchangelog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The canonical encoding of docs/exchange-log-format.md: member order, omission, escaping, and a pinned example. */
class EntryEncoderTest {

    static final LogEntry EXAMPLE = LogEntry.builder()
            .seq(0)
            .time(Instant.parse("2026-11-29T08:00:00.123456Z"))
            .actor("li.wei")
            .actorCountry("CN")
            .action("request.sent")
            .countries("US", "CN")
            .objectType("request")
            .objectId("req-17")
            .agreementId("agr-3")
            .build();

    private final EntryEncoder encoder = new EntryEncoder();

    @Test
    void theDocumentedExampleEncodesAndHashesAsDocumented() {
        assertEquals("{\"action\":\"request.sent\",\"actor\":\"li.wei\",\"actorCountry\":\"CN\",\"agreementId\":\"agr-3\","
                + "\"countries\":[\"CN\",\"US\"],\"objectId\":\"req-17\",\"objectType\":\"request\",\"seq\":0,"
                + "\"time\":\"2026-11-29T08:00:00.123456Z\"}", canonical(EXAMPLE));
        assertEquals("d9c738a945db86fcffb4f092cf2ef238b0fbc8a6f54ee4161c13c2e9d1f43142",
                HexFormat.of().formatHex(encoder.leafHash(EXAMPLE)), "pinned in docs/exchange-log-format.md");
    }

    @Test
    void membersComeInJcsOrderSortedByUtf16CodeUnits() {
        List<String> sorted = new ArrayList<>(EntryFields.CANONICAL_ORDER);
        sorted.sort(String::compareTo);
        assertEquals(sorted, EntryFields.CANONICAL_ORDER);
        LogEntry full = LogEntry.builder().seq(7).time(EXAMPLE.time()).actor("a").actorCountry("CN").action("x")
                .countries("CN").objectType("t").objectId("i").agreementId("g").outcome("o").build();
        assertEquals(EntryFields.CANONICAL_ORDER, namesOf(canonical(full)));
    }

    @Test
    void absentOptionalMembersAreLeftOut() {
        LogEntry bare = LogEntry.builder().seq(1).time(EXAMPLE.time()).actor("a").actorCountry("CN").action("x")
                .countries().objectType("t").objectId("i").build();
        String json = canonical(bare);
        assertFalse(json.contains("agreementId") || json.contains("outcome"), json);
        assertTrue(json.contains("\"countries\":[]"), json);
    }

    @Test
    void stringsUseMinimalJsonEscaping() {
        assertEquals("\"say \\\"hi\\\"\"", actorText("say \"hi\""));
        assertEquals("\"back\\\\slash\"", actorText("back\\slash"));
        assertEquals("\"\\b\\t\\n\\f\\r\"", actorText("\b\t\n\f\r"));
        assertEquals("\"\\u0000\\u0001\\u001f\\u000b\"", actorText("\u0000\u0001\u001f\u000b"));
        assertEquals("\"a/b\u007f\"", actorText("a/b\u007f"), "slash and DEL are not escaped");
    }

    @Test
    void nonAsciiPassesThroughAsUtf8() {
        String actor = "José 李伟 \uD83D\uDD10 \u2028";
        byte[] bytes = encoder.canonicalBytes(withActor(actor));
        String expected = "\"actor\":\"" + actor + "\"";
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains(expected));
        assertTrue(indexOf(bytes, expected.getBytes(StandardCharsets.UTF_8)) >= 0, "raw UTF-8, no \\u escapes");
    }

    @Test
    void timeAlwaysHasSixFractionalDigits() {
        LogEntry onTheSecond = LogEntry.builder().seq(2).time(Instant.parse("2026-01-02T03:04:05Z")).actor("a")
                .actorCountry("CN").action("x").countries("CN").objectType("t").objectId("i").build();
        assertTrue(canonical(onTheSecond).endsWith("\"seq\":2,\"time\":\"2026-01-02T03:04:05.000000Z\"}"));
    }

    @Test
    void equalEntriesHashAlikeAndAnyChangeChangesTheHash() {
        byte[] hash = encoder.leafHash(EXAMPLE);
        assertEquals(HexFormat.of().formatHex(hash), HexFormat.of().formatHex(encoder.leafHash(withActor("li.wei"))));
        assertFalse(HexFormat.of().formatHex(hash).equals(HexFormat.of().formatHex(encoder.leafHash(withActor("li.wei ")))));
    }

    private String canonical(LogEntry entry) {
        return new String(encoder.canonicalBytes(entry), StandardCharsets.UTF_8);
    }

    private String actorText(String actor) {
        String json = canonical(withActor(actor));
        int start = json.indexOf("\"actor\":") + "\"actor\":".length();
        return json.substring(start, json.indexOf(",\"actorCountry\""));
    }

    private static LogEntry withActor(String actor) {
        return LogEntry.builder().seq(EXAMPLE.seq()).time(EXAMPLE.time()).actor(actor).actorCountry("CN")
                .action("request.sent").countries("CN", "US").objectType("request").objectId("req-17")
                .agreementId("agr-3").build();
    }

    private static List<String> namesOf(String json) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("[{,]\"(\\w+)\":").matcher(json);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
