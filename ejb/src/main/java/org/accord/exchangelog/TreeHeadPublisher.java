package org.accord.exchangelog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.treehead.SignedTreeHead;
import org.accord.exchangelog.treehead.TreeHeadSigner;
import org.accord.scheduling.Job;
import org.accord.scheduling.ScheduledJobs;

/**
 * Publishes signed tree heads: every minute when the log grew (on one node of a cluster), and on demand.
 * One at a time in the whole cluster (the job's row is locked until the head is stored), so two heads
 * never race for the same size.
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
public class TreeHeadPublisher {

    @Inject
    ExchangeLogRepository repository;

    @Inject
    LogIntegrator integrator;

    @Inject
    LeafHashStore leafHashes;

    @Inject
    SigningKey signingKey;

    @Inject
    Clock clock;

    @Inject
    ScheduledJobs jobs;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (jobs.claim(Job.TREE_HEADS)) {
            publish();
        }
    }

    /** The head of the log as it is now: the latest one if nothing was appended since, else a new one. */
    public TreeHead publish() {
        jobs.lock(Job.TREE_HEADS);
        long size = integrator.integrate();
        var latest = repository.latestTreeHead();
        if (latest.isPresent() && latest.get().getSize() == size) {
            return latest.get();
        }
        CompactRange range = new CompactRange();
        leafHashes.forEachEntry(size, entry -> range.append(Base64.getDecoder().decode(entry.getLeafHash())));
        SignedTreeHead signed = new TreeHeadSigner(signingKey.privateKey())
                .sign(size, range.root(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        TreeHead head = new TreeHead(signed.size(), base64(signed.rootHash()), signed.time(), base64(signed.signature()));
        repository.add(head);
        return head;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
