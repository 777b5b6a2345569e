package org.accord.exchangelog.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.junit.jupiter.api.Test;

/** The fast way must take every line the portal writes, and nothing that is not exactly such a line. */
class PortalLineTemplateTest {

    private final PortalLineTemplate template = new PortalLineTemplate();

    @Test
    void matchesPortalLinesAndYieldsTheirCanonicalBytes() throws IOException {
        for (LogEntry entry : List.of(base().build(), base().agreementId("agr-1").outcome("refused: TLP:RED").build(),
                base().countries().actor("José \"li\" 李\\\t\u0001").seq(9_007_199_254_740_991L).build(),
                base().seq(0).countries("US").time(Instant.parse("0000-01-01T00:00:00Z")).build())) {
            byte[] line = line(entry);
            assertTrue(template.matches(line, 0, line.length), new String(line, StandardCharsets.UTF_8));
            byte[] canonical = new byte[line.length + 1];
            int length = template.canonicalBytes(canonical, 0);
            assertArrayEquals(new EntryEncoder().canonicalBytes(entry), Arrays.copyOf(canonical, length));
            assertEquals(entry.seq(), template.seq());
            assertArrayEquals(new EntryEncoder().leafHash(entry), template.claimedLeafHash());
        }
    }

    @Test
    void matchesCanonicalBytesWithoutLeafHash() {
        byte[] canonical = new EntryEncoder().canonicalBytes(base().build());
        assertTrue(template.matches(canonical, 0, canonical.length));
        assertNull(template.claimedLeafHash());
    }

    @Test
    void refusesEveryNearMiss() throws IOException {
        String line = new String(line(base().build()), StandardCharsets.UTF_8);
        for (String[] change : new String[][] {
            {"\"seq\":12", "\"seq\":012"}, {"\"seq\":12", "\"seq\":-12"}, {"\"seq\":12", "\"seq\":9007199254740992"},
            {"\"seq\":12", "\"seq\":12.0"}, {"\"seq\":12", "\"seq\": 12"}, {"\"objectId\":\"req-1\"", "\"objectId\":\"\""},
            {"[\"CN\",\"US\"]", "[\"US\",\"CN\"]"}, {"[\"CN\",\"US\"]", "[\"CN\",\"CN\"]"}, {"[\"CN\",\"US\"]", "[\"CN\",]"},
            {"[\"CN\",\"US\"]", "[\"C\\u004e\",\"US\"]"}, {"[\"CN\",\"US\"]", "[\"CN\",\"ÜS\"]"},
            {"\"actor\":\"a\"", "\"actor\":\"\\u0061\""}, {"\"actor\":\"a\"", "\"actor\":\"a\\/\""},
            {"\"actor\":\"a\"", "\"actor\":null"}, {"\"actor\":\"a\"", "\"actor\":\"a\",\"actor\":\"a\""},
            {".000000Z", ".00000Z"}, {"08:00:00.000000Z", "08:00:60.000000Z"}, {"\"action\"", "\"acti\\u006fn\""},
            {"\"leafHash\":\"", "\"leafHash\":\"A"}, {"\"}", "\" }"}, {"\"}", "\"},"}, {"\"seq\":12,", "\"seq\":12,\"x\":1,"}}) {
            assertTrue(line.contains(change[0]), change[0]);
            byte[] changed = line.replace(change[0], change[1]).getBytes(StandardCharsets.UTF_8);
            assertFalse(template.matches(changed, 0, changed.length), change[1]);
        }
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length < bytes.length; length++) {
            assertFalse(template.matches(bytes, 0, length), "truncated to " + length);
        }
    }

    private static LogEntry.Builder base() {
        return LogEntry.builder().seq(12).time(Instant.parse("2026-11-29T08:00:00Z")).actor("a").actorCountry("CN")
                .action("request.sent").countries("CN", "US").objectType("request").objectId("req-1");
    }

    private static byte[] line(LogEntry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EntryLineWriter(out).write(entry);
        byte[] bytes = out.toByteArray();
        return Arrays.copyOf(bytes, bytes.length - 1); // without the line feed
    }
}
