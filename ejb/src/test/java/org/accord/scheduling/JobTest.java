package org.accord.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Nodes whose timers fire a little apart name the same slot; the next firing names the next one. */
class JobTest {

    static final long AT = Instant.parse("2026-11-29T08:00:15Z").toEpochMilli();

    @Test
    void timersFiringSlightlyEarlyOrLateNameTheSameSlot() {
        long slot = Job.REQUEST_DEADLINES.slotAt(AT);
        assertEquals(slot, Job.REQUEST_DEADLINES.slotAt(AT - 3_000), "3 s early");
        assertEquals(slot, Job.REQUEST_DEADLINES.slotAt(AT + 7_000), "7 s late");
        assertEquals(slot + 1, Job.REQUEST_DEADLINES.slotAt(AT + 15_000), "the next run");
        assertNotEquals(Job.LOG_INTEGRATOR.slotAt(AT), Job.LOG_INTEGRATOR.slotAt(AT + 1_000));
    }
}
