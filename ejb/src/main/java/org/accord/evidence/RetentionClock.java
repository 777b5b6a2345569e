package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time that decides retention (docs/evidence.md, "Retention"): the injected {@link Clock}, plus an
 * offset that only a test server may set, so that a system test can let 91 days pass for the retention
 * of evidence without moving the clock of everything else (the exchange log's times, deadlines).
 */
@ApplicationScoped
public class RetentionClock {

    @Inject
    Clock clock;

    private volatile Duration offset = Duration.ZERO;

    public Instant now() {
        return Instant.now(clock).plus(offset);
    }

    public Duration offset() {
        return offset;
    }

    /** Test servers only. */
    public void setOffset(Duration offset) {
        TestControls.require();
        this.offset = offset;
    }
}
