package org.accord.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines in the responder's calendar (docs/cooperation-requests.md, "Deadlines"). */
class BusinessCalendarTest {

    static final BusinessCalendar NEW_YORK = new BusinessCalendar(ZoneId.of("America/New_York"),
            List.of("--01-01", "--07-04", "2026-11-26", "--12-25"));
    static final BusinessCalendar BERLIN = new BusinessCalendar(ZoneId.of("Europe/Berlin"),
            List.of("--12-25", "--12-26"));
    static final BusinessCalendar SHANGHAI = new BusinessCalendar(ZoneId.of("Asia/Shanghai"), List.of("--10-01"));

    @Test
    void answerDeadlineEndsWithTheResponderLocalDayWithoutDaylightSaving() {
        // Friday 6 March 2026, 15:00 UTC; two business days: Monday 9, Tuesday 10 March in Shanghai (UTC+8 all year)
        assertEquals(Instant.parse("2026-03-10T15:59:59.999Z"),
                SHANGHAI.endOfBusinessDaysAfter(Instant.parse("2026-03-06T15:00:00Z"), 2));
    }

    @Test
    void answerDeadlineFollowsTheDaylightSavingChangeInBetween() {
        // New York moves to UTC-4 on Sunday 8 March 2026: the deadline on Tuesday ends at 03:59:59.999 UTC
        assertEquals(Instant.parse("2026-03-11T03:59:59.999Z"),
                NEW_YORK.endOfBusinessDaysAfter(Instant.parse("2026-03-06T15:00:00Z"), 2));
        // Berlin moves to UTC+2 on Sunday 29 March 2026
        assertEquals(Instant.parse("2026-03-30T21:59:59.999Z"),
                BERLIN.endOfBusinessDaysAfter(Instant.parse("2026-03-27T10:00:00Z"), 1));
        // and back to UTC+1 on Sunday 25 October 2026
        assertEquals(Instant.parse("2026-10-26T22:59:59.999Z"),
                BERLIN.endOfBusinessDaysAfter(Instant.parse("2026-10-23T10:00:00Z"), 1));
    }

    @Test
    void aDeadlineCrossingAWeekendAndTwoHolidaysSkipsThem() {
        // Thursday 24 December 2026 in Berlin: Friday 25 and Saturday 26 are holidays, then Sunday
        assertEquals(Instant.parse("2026-12-29T22:59:59.999Z"),
                BERLIN.endOfBusinessDaysAfter(Instant.parse("2026-12-24T09:00:00Z"), 2));
    }

    @Test
    void aRequestSentOnAHolidayOrAWeekendStartsCountingAtTheNextBusinessDay() {
        // Thanksgiving, Thursday 26 November 2026 (a one-off date in the list): one business day is Friday 27
        assertEquals(Instant.parse("2026-11-28T04:59:59.999Z"),
                NEW_YORK.endOfBusinessDaysAfter(Instant.parse("2026-11-26T14:00:00Z"), 1));
        // Sunday 29 November 2026: one business day is Monday 30
        assertEquals(Instant.parse("2026-12-01T04:59:59.999Z"),
                NEW_YORK.endOfBusinessDaysAfter(Instant.parse("2026-11-29T14:00:00Z"), 1));
        // a yearly holiday: 1 October in Shanghai, a Thursday in 2026
        assertEquals(Instant.parse("2026-10-02T15:59:59.999Z"),
                SHANGHAI.endOfBusinessDaysAfter(Instant.parse("2026-10-01T02:00:00Z"), 1));
    }

    @Test
    void theDayOfSendingIsTheResponderLocalDay() {
        // 23:30 UTC on Friday 4 December 2026 is already Saturday in Shanghai but still Friday in New York
        Instant sent = Instant.parse("2026-12-04T23:30:00Z");
        assertEquals(Instant.parse("2026-12-07T15:59:59.999Z"), SHANGHAI.endOfBusinessDaysAfter(sent, 1));
        assertEquals(Instant.parse("2026-12-08T04:59:59.999Z"), NEW_YORK.endOfBusinessDaysAfter(sent, 1));
    }

    @Test
    void zeroMeansTheEndOfTheDayOfSendingAndZeroHoursMeansAtOnce() {
        Instant sent = Instant.parse("2026-12-05T12:00:00Z");
        assertEquals(Instant.parse("2026-12-06T04:59:59.999Z"), NEW_YORK.endOfBusinessDaysAfter(sent, 0));
        assertEquals(sent, BusinessCalendar.afterHours(sent, 0));
        assertThrows(IllegalArgumentException.class, () -> NEW_YORK.endOfBusinessDaysAfter(sent, -1));
    }

    @Test
    void acknowledgementHoursAreElapsedHoursEvenAcrossADaylightSavingChange() {
        Instant sent = Instant.parse("2026-03-07T12:00:00Z");
        assertEquals(Instant.parse("2026-03-08T12:00:00Z"), BusinessCalendar.afterHours(sent, 24));
    }

    @Test
    void holidaysAreFixedDatesOrEveryYearAndNothingElse() {
        assertFalse(BERLIN.isBusinessDay(LocalDate.of(2031, 12, 25)));
        assertTrue(BERLIN.isBusinessDay(LocalDate.of(2026, 12, 28)));
        assertFalse(NEW_YORK.isBusinessDay(LocalDate.of(2026, 11, 26)));
        assertTrue(NEW_YORK.isBusinessDay(LocalDate.of(2027, 11, 26)));
        assertTrue(BusinessCalendar.Holiday.isValid("--02-29"));
        for (String bad : List.of("", "25.12.", "2026-13-01", "--13-01", "christmas", "2026-02-30")) {
            assertFalse(BusinessCalendar.Holiday.isValid(bad), bad);
        }
    }
}
