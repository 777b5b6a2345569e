package org.accord.exchangelog.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that keep the canonical encoding unambiguous. */
class LogEntryTest {

    private static LogEntry.Builder valid() {
        return LogEntry.builder().seq(3).time(Instant.parse("2026-11-29T08:00:00.123456Z")).actor("a")
                .actorCountry("CN").action("request.sent").countries("CN", "US").objectType("request").objectId("r-1");
    }

    @Test
    void countriesAreSortedAndDistinct() {
        assertEquals(List.of("CN", "DE", "US"), valid().countries("US", "CN", "US", "DE").build().countries());
        assertEquals(List.of("CN", "CN!"), valid().countries("CN!", "CN").build().countries(), "by UTF-16 code units");
    }

    @Test
    void requiredFieldsMustBePresentAndNotEmpty() {
        assertMessage("actor is required", () -> valid().actor(null).build());
        assertMessage("objectId is empty", () -> valid().objectId("").build());
        assertMessage("countries is required", () -> valid().countries((List<String>) null).build());
        assertMessage("countries element is empty", () -> valid().countries("CN", "").build());
        assertMessage("time is required", () -> valid().time(null).build());
    }

    @Test
    void optionalFieldsAreAbsentNeverEmpty() {
        assertMessage("agreementId is empty", () -> valid().agreementId("").build());
        assertMessage("outcome is empty", () -> valid().outcome("").build());
        valid().agreementId(null).outcome(null).build();
    }

    @Test
    void textMustBeUnicode() {
        assertMessage("unpaired surrogate", () -> valid().actor("a\uD800").build());
        assertMessage("unpaired surrogate", () -> valid().outcome("\uDC00b").build());
        valid().actor("\uD83D\uDD10").build();
    }

    @Test
    void seqFitsAJcsNumber() {
        assertMessage("outside 0 to 2^53 - 1", () -> valid().seq(-1).build());
        assertMessage("outside 0 to 2^53 - 1", () -> valid().seq(1L << 53).build());
        valid().seq((1L << 53) - 1).build();
    }

    @Test
    void timeHasAtMostMicroseconds() {
        assertMessage("finer than microseconds", () -> valid().time(Instant.parse("2026-11-29T08:00:00.123456789Z")).build());
        assertMessage("outside the years 0000 to 9999", () -> valid().time(Instant.parse("+10000-01-01T00:00:00Z")).build());
    }

    private static void assertMessage(String part, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
