package org.accord.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of a body: length limit without buffering, CSV quoting, JSON lines, fields and their errors. */
class LineParsingTest {

    private final LineParser csv = new LineParser(ImportFormat.CSV, Constituencies.of(List.of()));
    private final LineParser json = new LineParser(ImportFormat.JSON_LINES, Constituencies.of(List.of()));

    @Test
    void aHugeLineIsReportedAndSkippedWithoutBeingHeld() throws IOException {
        // a 10 MB line that is never in memory as a whole: the reader is fed from a generator
        long huge = 10_000_000;
        Reader body = new Reader() {
            long left = huge;
            boolean tailSent;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (left > 0) {
                    int n = (int) Math.min(length, left);
                    java.util.Arrays.fill(buffer, offset, offset + n, 'x');
                    left -= n;
                    return n;
                }
                if (!tailSent) {
                    String tail = "\r\nipv4,192.0.2.1\r\n";
                    tail.getChars(0, tail.length(), buffer, offset);
                    tailSent = true;
                    return tail.length();
                }
                return -1;
            }

            @Override
            public void close() {
            }
        };
        LineReader lines = new LineReader(body);
        assertTrue(lines.next());
        assertTrue(lines.tooLong());
        assertEquals(100, lines.text().length());
        assertTrue(lines.next());
        assertFalse(lines.tooLong());
        assertEquals("ipv4,192.0.2.1", lines.text());
        assertEquals(2, lines.number());
        assertFalse(lines.next());
    }

    @Test
    void lastLineWithoutNewlineAndEmptyLinesCount() throws IOException {
        LineReader lines = new LineReader(new StringReader("a\n\nb"));
        assertTrue(lines.next());
        assertTrue(lines.next());
        assertTrue(lines.isBlank());
        assertTrue(lines.next());
        assertEquals("b", lines.text());
        assertEquals(3, lines.number());
        assertFalse(lines.next());
    }

    @Test
    void csvQuotingFollowsRfc4180WithinALine() throws Exception {
        var fields = LineParser.csv("url,\"http://x.example/a,b?q=\"\"1\"\"\",c2-server,,");
        assertEquals("http://x.example/a,b?q=\"1\"", fields.value());
        assertEquals("c2-server", fields.role());
        assertEquals("", fields.firstSeen());
        assertThrows(LineParser.BadLine.class, () -> LineParser.csv("ipv4,\"192.0.2.1"));
        assertThrows(LineParser.BadLine.class, () -> LineParser.csv("ipv4,\"192.0.2.1\"x"));
        assertThrows(LineParser.BadLine.class, () -> LineParser.csv("ipv4,19\"2.0.2.1"));
        assertThrows(LineParser.BadLine.class, () -> LineParser.csv("192.0.2.1"));
        assertThrows(LineParser.BadLine.class, () -> LineParser.csv("a,b,c,d,e,f"));
    }

    @Test
    void aLineBecomesANormalisedIndicatorWithRoleAndTimes() throws Exception {
        IndicatorLine line = csv.parse(2, "IPv6,2001:DB8::1,Infected-System,2026-11-01T00:00:00+01:00,2026-11-02T00:00:00Z");
        assertEquals("2001:db8::1", line.value().value());
        assertEquals(IndicatorRole.INFECTED_SYSTEM, line.role());
        assertEquals(java.time.Instant.parse("2026-10-31T23:00:00Z"), line.firstSeen());
        assertEquals(IndicatorRole.OTHER, csv.parse(3, "md5,d41d8cd98f00b204e9800998ecf8427e").role());
        assertTrue(csv.isHeader(1, "type,value,role"));
        assertFalse(csv.isHeader(2, "type,value,role"));
    }

    @Test
    void jsonLinesCarryTheSameFields() throws Exception {
        IndicatorLine line = json.parse(1, "{\"type\":\"domain\",\"value\":\"C2.Example.ORG\",\"role\":\"c2-server\","
                + "\"firstSeen\":\"2026-11-01T00:00:00Z\",\"note\":\"ignored\"}");
        assertEquals("c2.example.org", line.value().value());
        assertEquals(IndicatorRole.C2_SERVER, line.role());
        var notJson = assertThrows(LineParser.BadLine.class, () -> json.parse(1, "{\"type\":"));
        assertTrue(notJson.getMessage().startsWith("not valid JSON"));
        assertThrows(LineParser.BadLine.class, () -> json.parse(1, "[1]"));
        assertThrows(LineParser.BadLine.class, () -> json.parse(1, "{\"type\":\"ipv4\",\"value\":5}"));
    }

    @Test
    void fieldErrorsNameTheProblem() {
        var role = assertThrows(LineParser.BadLine.class, () -> csv.parse(1, "ipv4,192.0.2.1,victim"));
        assertTrue(role.getMessage().contains("unknown role"));
        var time = assertThrows(LineParser.BadLine.class, () -> csv.parse(1, "ipv4,192.0.2.1,source,yesterday"));
        assertTrue(time.getMessage().contains("first_seen"));
        var order = assertThrows(LineParser.BadLine.class,
                () -> csv.parse(1, "ipv4,192.0.2.1,source,2026-11-02T00:00:00Z,2026-11-01T00:00:00Z"));
        assertTrue(order.getMessage().contains("before"));
    }

    @Test
    void valueHashesTellSeenFromNewAcrossGrowth() {
        ValueHashes seen = new ValueHashes();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seen.add(ValueHashes.of(IndicatorType.IPV4, "10.0." + (i >> 8) + "." + (i & 255) + "/" + i)));
        }
        assertFalse(seen.add(ValueHashes.of(IndicatorType.IPV4, "10.0.0.7/7")));
        assertTrue(seen.add(ValueHashes.of(IndicatorType.DOMAIN, "10.0.0.7/7")));
        assertEquals(200_001, seen.size());
    }
}
