package org.accord.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accord.caller.Caller;
import org.accord.caller.CurrentCaller;
import org.accord.scheduling.Job;
import org.accord.scheduling.ScheduledJobs;

/**
 * Ends the receivers' access when the agreement's retention for exchanged evidence is over (issue 4, item 5):
 * every minute, each active share whose {@code expires_at} has passed on the {@link RetentionClock} becomes
 * {@code purged}, with a custody event and an {@code evidence.purged} log entry by the portal itself
 * ({@value #ACTOR}, country {@code INT}). Receivers stop seeing the evidence at {@code expires_at} anyway;
 * the purge makes the end a recorded fact. The owner's evidence and bytes stay. In a cluster each run happens
 * on one node, and a purge on demand waits for one running on another node.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class RetentionPurge {

    static final String ACTOR = "accord-retention";
    private static final Caller PORTAL = new Caller(ACTOR, Caller.OVERSIGHT, Set.of());
    private static final int BATCH = 500;

    @Inject
    EvidenceRepository repository;

    @Inject
    RetentionClock retention;

    @Inject
    CustodyRecorder custody;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    @Inject
    ScheduledJobs jobs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (jobs.claim(Job.RETENTION_PURGE)) {
            purgeExpired();
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        if (jobs.claim(Job.EVIDENCE_TEMP_SWEEP)) {
            store.sweepTemporary(24);
        }
    }

    /** Purges up to {@value #BATCH} expired shares, as the portal; returns how many. */
    public int purgeExpired() {
        jobs.lock(Job.RETENTION_PURGE);
        Caller previous = currentCaller.isKnown() ? currentCaller.get() : null;
        currentCaller.set(PORTAL);
        try {
            List<EvidenceShare> expired = repository.expiredShares(retention.now(), BATCH);
            Instant now = Instant.now(clock);
            for (EvidenceShare share : expired) {
                share.purge(ACTOR, now);
                Evidence evidence = share.getEvidence();
                custody.crossBorder(evidence, CustodyEvent.PURGED, share.getCountry(), share.getAgreementReference(),
                        evidence.getSha256(), "retention ended at " + share.getExpiresAt(), List.of(share.getCountry()));
            }
            return expired.size();
        } finally {
            currentCaller.set(previous);
        }
    }
}
