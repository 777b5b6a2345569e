package org.accord.exchangelog.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.junit.jupiter.api.Test;

/**
 * The fast way (a portal line hashed as it is) and the general way (parse, then encode) must give the same leaf
 * hash for every line, and the fast way must never accept a line the general way refuses.
 */
class EntryLineHasherTest {

    private static final String[] PIECES = {"a", "Z", " ", "!", "\"", "\\", "/", "\b", "\t", "\n", "\f", "\r", "\u0000",
        "\u001f", "\u007f", "é", "李", "\u2028", "\uD83D\uDD10", "req-", "CN", "US"};

    private final EntryLineHasher hasher = new EntryLineHasher();
    private final PortalLineTemplate template = new PortalLineTemplate();
    private final EntryEncoder encoder = new EntryEncoder();
    private final Random random = new Random(2026);

    @Test
    void portalLinesAndRewrittenLinesHashLikeTheEncoder() throws IOException {
        for (int i = 0; i < 3_000; i++) {
            LogEntry entry = randomEntry(i);
            byte[] expected = encoder.leafHash(entry);
            String portalLine = EntryLineWriterTestSupport.line(entry);
            byte[] portalBytes = bytes(portalLine);
            // the fast way takes every portal line, except those with countries it cannot order bytewise
            boolean plainCountries = entry.countries().stream().allMatch(country -> country.chars()
                    .allMatch(c -> c >= 0x20 && c < 0x80 && c != '"' && c != '\\'));
            assertEquals(plainCountries, template.matches(portalBytes, 0, portalBytes.length), portalLine);
            assertHash(expected, portalLine, EntryLineHasher.Claim.MATCHES);
            byte[] rewrittenBytes = bytes(rewritten(entry));
            assertEquals(false, template.matches(rewrittenBytes, 0, rewrittenBytes.length));
            assertHash(expected, rewritten(entry), EntryLineHasher.Claim.NONE);
        }
    }

    @Test
    void theDocumentedLineIsWhatThePortalWrites() throws IOException {
        LogEntry example = LogEntry.builder().seq(0).time(Instant.parse("2026-11-29T08:00:00.123456Z")).actor("li.wei")
                .actorCountry("CN").action("request.sent").countries("US", "CN").objectType("request").objectId("req-17")
                .agreementId("agr-3").build();
        assertEquals("{\"action\":\"request.sent\",\"actor\":\"li.wei\",\"actorCountry\":\"CN\",\"agreementId\":\"agr-3\","
                + "\"countries\":[\"CN\",\"US\"],\"objectId\":\"req-17\",\"objectType\":\"request\",\"seq\":0,"
                + "\"time\":\"2026-11-29T08:00:00.123456Z\",\"leafHash\":\"2cc4qUXbhvz/tPCSzy7yOLD7yKb1TuQWHBPC6dH0MUI=\"}",
                EntryLineWriterTestSupport.line(example), "docs/exchange-log-format.md, entries.jsonl");
    }

    @Test
    void countriesThatSortDifferentlyAsTokensAreStillCanonical() throws IOException {
        LogEntry entry = base().countries("CN!", "CN", "CN ").build();
        assertEquals(List.of("CN", "CN ", "CN!"), entry.countries());
        String reversed = EntryLineWriterTestSupport.line(entry).replace("[\"CN\",\"CN \",\"CN!\"]", "[\"CN!\",\"CN \",\"CN\"]");
        assertHash(encoder.leafHash(entry), reversed, EntryLineHasher.Claim.MATCHES);
    }

    @Test
    void aChangedFieldKeepingItsClaimIsReported() throws IOException {
        String line = EntryLineWriterTestSupport.line(base().build()).replace("req-1", "req-2");
        byte[] hash = new byte[32];
        hasher.hash(bytes(line), 0, bytes(line).length, hash, 0);
        assertEquals(EntryLineHasher.Claim.DIFFERS, hasher.claim());
    }

    @Test
    void invalidLinesAreRefusedWithTheParsersReason() throws IOException {
        String line = EntryLineWriterTestSupport.line(base().build());
        assertRefused(line.replace("\"seq\":1", "\"seq\":1,\"extra\":1"), "unknown member \"extra\"");
        assertRefused(line.replace("\"seq\":1", "\"seq\":1,\"seq\":2"), "appears twice");
        assertRefused(line.replace("\"objectId\":\"req-1\"", "\"objectId\":\"\""), "objectId is empty");
        assertRefused(line.replace("\"seq\":1", "\"seq\":-1"), "outside 0 to 2^53 - 1");
        assertRefused(line.replace("\"seq\":1", "\"seq\":9007199254740992"), "outside 0 to 2^53 - 1");
        assertRefused(line.replace("\"seq\":1,", ""), "seq is required");
        assertRefused(line.replace(".000000Z", ".000000"), "not an ISO-8601 UTC instant");
        assertRefused(line.replace("\"CN\",\"US\"", "\"CN\",\"\""), "countries element is empty");
        assertRefused(line.substring(0, line.length() - 1), "unexpected end of text");
        assertRefused(line + "x", "nothing expected after the value");
        assertRefused(line.replaceAll("\"leafHash\":\"[^\"]*\"", "\"leafHash\":\"AAAA\""), "leafHash has 3 bytes");
    }

    private void assertHash(byte[] expected, String line, EntryLineHasher.Claim claim) {
        byte[] text = bytes("  " + line + "  ");
        byte[] hash = new byte[40];
        hasher.hash(text, 2, text.length - 2, hash, 8);
        assertArrayEquals(expected, java.util.Arrays.copyOfRange(hash, 8, 40), line);
        assertEquals(claim, hasher.claim(), line);
    }

    private void assertRefused(String line, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> hasher.hash(bytes(line), 0, bytes(line).length, new byte[32], 0), line);
        assertEquals(true, e.getMessage().contains(reason), e.getMessage());
    }

    /** The same entry written another legal way: members reversed, spaces, \/ and \\u escapes, null optionals. */
    private String rewritten(LogEntry entry) {
        List<String> members = new ArrayList<>();
        members.add("\"seq\" : " + entry.seq());
        members.add("\"time\":\"" + entry.time() + "\"");
        members.add("\"actor\":" + escapedLoosely(entry.actor()));
        members.add("\"actorCountry\":" + escapedLoosely(entry.actorCountry()));
        members.add("\"action\":" + escapedLoosely(entry.action()));
        List<String> countries = new ArrayList<>();
        for (String country : entry.countries()) {
            countries.add(0, escapedLoosely(country));
        }
        members.add("\"countries\": [ " + String.join(" , ", countries) + " ]");
        members.add("\"objectType\":" + escapedLoosely(entry.objectType()));
        members.add("\"obj\\u0065ctId\":" + escapedLoosely(entry.objectId()));
        members.add("\"agreementId\":" + (entry.agreementId() == null ? "null" : escapedLoosely(entry.agreementId())));
        if (entry.outcome() != null) {
            members.add("\"outcome\":" + escapedLoosely(entry.outcome()));
        }
        java.util.Collections.reverse(members);
        return "{ " + String.join(" ,\n", members) + " }";
    }

    /** Every character as a \\u escape, and / as \/ (legal JSON, never canonical). */
    private static String escapedLoosely(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            json.append(c == '/' ? "\\/" : String.format("\\u%04X", (int) c));
        }
        return json.append('"').toString();
    }

    private LogEntry randomEntry(int i) {
        return LogEntry.builder().seq(random.nextInt(5) == 0 ? random.nextLong() >>> 11 : i)
                .time(Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000) * 1_000L))
                .actor(randomText()).actorCountry(randomText()).action(randomText())
                .countries(randomText(), randomText(), random.nextBoolean() ? "CN" : "US")
                .objectType(randomText()).objectId(randomText())
                .agreementId(random.nextBoolean() ? null : randomText())
                .outcome(random.nextBoolean() ? null : randomText()).build();
    }

    private String randomText() {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(4);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(2)]);
        }
        return text.toString();
    }

    private static LogEntry.Builder base() {
        return LogEntry.builder().seq(1).time(Instant.parse("2026-11-29T08:00:00Z")).actor("a").actorCountry("CN")
                .action("request.sent").countries("CN", "US").objectType("request").objectId("req-1");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Lines as the portal writes them. */
    static final class EntryLineWriterTestSupport {
        static String line(LogEntry entry) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EntryLineWriter(out).write(entry);
            return out.toString(StandardCharsets.UTF_8).strip();
        }
    }
}
