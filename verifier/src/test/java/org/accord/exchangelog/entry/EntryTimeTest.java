package org.accord.exchangelog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntryTimeTest {

    @Test
    void formatsWithExactlySixFractionalDigits() {
        assertEquals("2026-11-29T08:00:00.123456Z", EntryTime.format(Instant.parse("2026-11-29T08:00:00.123456Z")));
        assertEquals("2026-11-29T08:00:00.000000Z", EntryTime.format(Instant.parse("2026-11-29T08:00:00Z")));
        assertEquals("0000-01-01T00:00:00.000001Z", EntryTime.format(Instant.parse("0000-01-01T00:00:00.000001Z")));
        assertEquals("9999-12-31T23:59:59.999999Z", EntryTime.format(Instant.parse("9999-12-31T23:59:59.999999Z")));
    }

    @Test
    void parsesCanonicalAndOtherIsoInstants() {
        Instant time = Instant.parse("2026-11-29T08:00:00.120Z");
        assertEquals(time, EntryTime.parse("2026-11-29T08:00:00.120000Z"));
        assertEquals(time, EntryTime.parse("2026-11-29T08:00:00.12Z"));
        assertThrows(IllegalArgumentException.class, () -> EntryTime.parse("2026-11-29T08:00:00.1200001Z"));
        assertThrows(IllegalArgumentException.class, () -> EntryTime.parse("2026-11-29 08:00:00Z"));
        assertThrows(IllegalArgumentException.class, () -> EntryTime.parse("2026-02-30T08:00:00.000000Z"));
    }

    @Test
    void theByteCheckAgreesWithFormatting() {
        Random random = new Random(7);
        DateTimeFormatter iso = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong() % 253_402_300_799L;
            Instant time = Instant.ofEpochSecond(Math.abs(second) - (i % 3 == 0 ? 62_167_219_200L : 0), random.nextInt(1_000_000) * 1_000L);
            String text = EntryTime.format(time);
            assertEquals(iso.format(time), text);
            assertEquals(true, canonical(text), text);
            assertEquals(time, EntryTime.parse(text));
        }
    }

    @Test
    void theByteCheckRefusesWhatIsNotCanonical() {
        for (String text : new String[] {"2026-02-29T00:00:00.000000Z", "2026-13-01T00:00:00.000000Z",
            "2026-00-01T00:00:00.000000Z", "2026-01-00T00:00:00.000000Z", "2026-04-31T00:00:00.000000Z",
            "2026-01-01T24:00:00.000000Z", "2026-01-01T00:60:00.000000Z", "2026-01-01T00:00:60.000000Z",
            "2026-01-01T00:00:00.00000Z ", "2026-01-01t00:00:00.000000Z", "2026-01-01T00:00:00,000000Z",
            "+026-01-01T00:00:00.000000Z", "2026-01-01T00:00:00.000000z"}) {
            assertEquals(false, canonical(text), text);
        }
        assertEquals(true, canonical("2024-02-29T23:59:59.999999Z"), "a leap day");
        assertEquals(true, canonical("2000-02-29T00:00:00.000000Z"), "a leap day");
        assertEquals(false, canonical("1900-02-29T00:00:00.000000Z"), "1900 was no leap year");
    }

    private static boolean canonical(String text) {
        return EntryTime.isCanonical(text.getBytes(StandardCharsets.UTF_8), 0);
    }
}
