package org.accord.exchangelog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.scheduling.Job;
import org.accord.scheduling.ScheduledJobs;

/**
 * Gives queued entries their positions: in queue order, gapless, each with its leaf hash, in
 * batches. It runs every second and before anything reads the log, so readers see every entry whose
 * action committed. The log's state row is locked only here, so actions never wait for one another
 * to append (Certificate Transparency logs queue and integrate the same way). The lock on that row, not this
 * bean's, is what keeps two integrations apart, also on two nodes; the timer runs on one node per second.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class LogIntegrator {

    private static final int BATCH = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ScheduledJobs jobs;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void everySecond() {
        if (jobs.claim(Job.LOG_INTEGRATOR)) {
            integrate();
        }
    }

    /** Integrates what is queued; returns the log's size. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long integrate() {
        ExchangeLogState state = em.find(ExchangeLogState.class, ExchangeLogState.SINGLETON,
                LockModeType.PESSIMISTIC_WRITE);
        List<QueuedEntry> queued;
        do {
            queued = em.createNamedQuery("QueuedEntry.oldest", QueuedEntry.class).setMaxResults(BATCH)
                    .getResultList();
            List<PlacedEntries.Placed> placed = new ArrayList<>(queued.size());
            for (QueuedEntry next : queued) {
                LogEntry entry = next.at(state.take());
                placed.add(new PlacedEntries.Placed(entry, LeafHashes.of(entry), next.getId()));
            }
            em.flush();
            PlacedEntries.write(em.unwrap(Connection.class), placed);
            em.clear();
            state = em.find(ExchangeLogState.class, ExchangeLogState.SINGLETON);
        } while (queued.size() == BATCH);
        em.flush();
        return state.size();
    }

    /** The position a queued entry was given, once integrated. */
    public long positionOf(long queueId) {
        integrate();
        return em.createQuery("select e.seq from ExchangeLogEntry e where e.queueId = :id", Long.class)
                .setParameter("id", queueId).getSingleResult();
    }
}
