package org.accord.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The system clock, injected so that rules with deadlines can be tested at any instant. It ticks in
 * microseconds, the precision of PostgreSQL timestamps, so a time read back equals the time written.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    public Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
