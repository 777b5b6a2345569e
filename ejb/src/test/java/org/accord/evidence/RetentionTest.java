package org.accord.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Retention of exchanged evidence: the agreement's days from the moment of sharing, the end included. */
class RetentionTest {

    static final Instant SHARED = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Test
    void aShareEndsExactlyRetentionDaysAfterItWasMade() {
        assertEquals(Instant.parse("2027-02-27T10:15:30.123456Z"), Retention.expiresAt(SHARED, 90));
        assertEquals(SHARED.plus(Duration.ofDays(1)), Retention.expiresAt(SHARED, 1));
    }

    @Test
    void accessEndsAtTheInstantOfExpiry() {
        Instant end = Retention.expiresAt(SHARED, 30);
        assertFalse(Retention.isOver(end, end.minusNanos(1000)));
        assertTrue(Retention.isOver(end, end));
        assertTrue(Retention.isOver(end, end.plusSeconds(1)));
    }

    @Test
    void aRetentionOfLessThanADayIsNotATerm() {
        assertThrows(IllegalArgumentException.class, () -> Retention.expiresAt(SHARED, 0));
    }
}
