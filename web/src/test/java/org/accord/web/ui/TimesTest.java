package org.accord.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final Times times = new Times();

    {
        times.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void showsInstantsInUtcAndSaysSo() {
        assertEquals("2026-03-01 14:05 UTC", times.utc(Instant.parse("2026-03-01T14:05:59Z")));
        assertEquals("", times.utc(null));
    }

    @Test
    void showsSecondsWhereTheOrderWithinAMinuteMatters() {
        assertEquals("2026-03-01 14:05:59 UTC", times.utcSeconds(Instant.parse("2026-03-01T14:05:59.987Z")));
        assertEquals("", times.utcSeconds(null));
    }

    @Test
    void saysRoughlyHowLongUntilADeadline() {
        assertEquals("in 40 min", times.until(NOW.plus(Duration.ofMinutes(40))));
        assertEquals("in 1 min", times.until(NOW.plusSeconds(20)));
        assertEquals("in 5 h", times.until(NOW.plus(Duration.ofMinutes(5 * 60 + 59))));
        assertEquals("in 47 h", times.until(NOW.plus(Duration.ofHours(47))));
        assertEquals("in 3 d", times.until(NOW.plus(Duration.ofHours(80))));
    }

    @Test
    void aDeadlineReachedIsOverdue() {
        assertEquals("overdue", times.until(NOW));
        assertEquals("overdue", times.until(NOW.minusSeconds(1)));
    }

    @Test
    void formTimesAreUtcWallClockToTheMinute() {
        Instant instant = Instant.parse("2026-03-01T14:05:12.345Z");
        assertEquals(LocalDateTime.of(2026, 3, 1, 14, 5), Times.toUtc(instant));
        assertEquals(Instant.parse("2026-03-01T14:05:00Z"), Times.fromUtc(LocalDateTime.of(2026, 3, 1, 14, 5)));
    }
}
