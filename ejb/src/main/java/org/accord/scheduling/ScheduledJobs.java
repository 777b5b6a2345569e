package org.accord.scheduling;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Runs each scheduled job once per cluster. EJB timers that are not persistent fire on every node; the
 * first node to claim a run's slot in the database does the work, the others skip it. Portable (a row per
 * job, no database-specific locking), and a node that stops simply leaves the next slots to the others.
 */
@Stateless
@PermitAll
public class ScheduledJobs {

    /** This server's name in the cluster ({@code jboss.node.name}, set per node by bin/cluster). */
    public static final String NODE = System.getProperty("jboss.node.name", "single");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this node runs the job's current slot (claimed in a transaction of its own). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(Job job) {
        Instant now = clock.instant(); // not clock.millis(): the JDK's tick clock of 1 µs divides by zero there
        return JobSlots.claim(em, job, job.slotAt(now.toEpochMilli()), NODE, now);
    }

    /** Makes the caller's transaction the job's only runner until it ends, on any node. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock(Job job) {
        JobSlots.lock(em, job);
    }
}
