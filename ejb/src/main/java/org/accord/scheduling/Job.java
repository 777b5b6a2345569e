package org.accord.scheduling;

import java.time.Duration;

/**
 * The portal's scheduled jobs, each with its row in {@code scheduled_job} (V14) and the period of its
 * {@code @Schedule}. A run is one slot of that period; {@link ScheduledJobs#claim} gives each slot to one
 * node of the cluster.
 */
public enum Job {
    REQUEST_DEADLINES("request-deadlines", Duration.ofSeconds(15)),
    LOG_INTEGRATOR("log-integrator", Duration.ofSeconds(1)),
    TREE_HEADS("tree-heads", Duration.ofMinutes(1)),
    RETENTION_PURGE("retention-purge", Duration.ofMinutes(1)),
    EVIDENCE_TEMP_SWEEP("evidence-temp-sweep", Duration.ofHours(1));

    private final String key;
    private final Duration period;

    Job(String key, Duration period) {
        this.key = key;
        this.period = period;
    }

    /** The job's row in {@code scheduled_job}. */
    public String key() {
        return key;
    }

    /**
     * The slot a timer firing at {@code epochMillis} runs: the nearest multiple of the period, so that
     * nodes whose timers fire a little early or late (clock skew, a busy node) name the same slot.
     */
    public long slotAt(long epochMillis) {
        long length = period.toMillis();
        return (epochMillis + length / 2) / length;
    }
}
