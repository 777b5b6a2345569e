package org.accord.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class Nis2ClockTest {

    private final Nis2Clock clock = Nis2Clock.from(Instant.parse("2026-01-30T09:15:00Z"));

    @Test
    void earlyWarningIsDue24HoursAfterAwareness() {
        assertEquals(Instant.parse("2026-01-31T09:15:00Z"), clock.earlyWarningDue());
    }

    @Test
    void notificationIsDue72HoursAfterAwareness() {
        assertEquals(Instant.parse("2026-02-02T09:15:00Z"), clock.notificationDue());
    }

    @Test
    void finalReportIsDueOneCalendarMonthAfterTheNotificationDeadline() {
        assertEquals(Instant.parse("2026-03-02T09:15:00Z"), clock.finalReportDue());
    }

    @Test
    void nextDeadlineFollowsTheStageLastDelivered() {
        assertEquals(clock.earlyWarningDue(), clock.nextDue(null));
        assertEquals(clock.notificationDue(), clock.nextDue(Nis2Stage.EARLY_WARNING));
        assertEquals(clock.finalReportDue(), clock.nextDue(Nis2Stage.NOTIFICATION));
        assertEquals(clock.finalReportDue(), clock.nextDue(Nis2Stage.INTERMEDIATE));
        assertNull(clock.nextDue(Nis2Stage.FINAL));
    }
}
