package org.accord.scheduling;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of {@code scheduled_job} (V14), the same on H2 and PostgreSQL: a conditional update claims a
 * slot (only one transaction can move {@code last_slot} past a given slot: a second one waits for the
 * first's row lock and then finds the condition false), a {@code select ... for update} makes callers of
 * an on-demand job take turns across nodes.
 */
public final class JobSlots {

    private JobSlots() {
    }

    /** Claims {@code slot} of {@code job} for {@code node}; true for exactly one caller per slot. */
    public static boolean claim(EntityManager em, Job job, long slot, String node, Instant now) {
        return em.createNativeQuery("update scheduled_job set last_slot = ?1, holder = ?2, runs = runs + 1,"
                        + " last_run_at = ?3 where name = ?4 and last_slot < ?1")
                .setParameter(1, slot).setParameter(2, node).setParameter(3, Timestamp.from(now))
                .setParameter(4, job.key()).executeUpdate() == 1;
    }

    /** Holds the job's row until the transaction ends: one holder at a time in the whole cluster. */
    public static void lock(EntityManager em, Job job) {
        List<?> rows = em.createNativeQuery("select name from scheduled_job where name = ?1 for update")
                .setParameter(1, job.key()).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("no row for scheduled job " + job.key() + " (migration V14)");
        }
    }

    /** How many slots of {@code job} were claimed so far. */
    public static long runs(EntityManager em, Job job) {
        return ((Number) em.createNativeQuery("select runs from scheduled_job where name = ?1")
                .setParameter(1, job.key()).getSingleResult()).longValue();
    }
}
