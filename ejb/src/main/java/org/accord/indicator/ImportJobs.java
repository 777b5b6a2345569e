package org.accord.indicator;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.accord.incident.IncidentReport;

/**
 * The import jobs' rows (docs/indicators.md, "Progress and cancelling"). Starting, progress and how a job ended
 * are each written in a short transaction of their own, so every node sees them while the import's own
 * transaction is still open, and they stay when it rolls back.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class ImportJobs {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String start(IncidentReport report, String user, ImportFormat format, long declaredBytes) {
        String id = UUID.randomUUID().toString();
        em.persist(new ImportJob(id, report.getId(), report.getReference(), report.getOwnerCountry(), user, format,
                declaredBytes, Instant.now(clock)));
        return id;
    }

    /** Records how far the import has read; whether someone asked to cancel it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean progress(String id, long lines, long bytes) {
        ImportJob job = em.find(ImportJob.class, id);
        job.progress(lines, bytes, Instant.now(clock));
        return job.isCancelRequested();
    }

    /** How an import that did not commit ended: {@code rejected}, {@code cancelled} or {@code failed}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ended(String id, String outcome, String detail) {
        em.find(ImportJob.class, id).end(outcome, detail, Instant.now(clock));
    }

    /** Asks a running job to stop at its next progress step; false when it is no longer running. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean requestCancel(String id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null || !job.isRunning(Instant.now(clock)) || committedImport(id).isPresent()) {
            return false;
        }
        job.requestCancel();
        return true;
    }

    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    /** The committed import of the job, if it committed. */
    public Optional<Long> committedImport(String jobId) {
        return em.createQuery("select i.id from IndicatorImport i where i.jobId = :job", Long.class)
                .setParameter("job", jobId).getResultStream().findFirst();
    }

    /** The jobs of a report that are running now (on any node). */
    public List<ImportJob> runningInto(long reportId) {
        Instant now = Instant.now(clock);
        return em.createQuery("select j from ImportJob j where j.reportId = :report and j.outcome is null"
                + " and j.heartbeatAt > :heard order by j.startedAt", ImportJob.class)
                .setParameter("report", reportId).setParameter("heard", now.minus(ImportJob.SILENCE))
                .getResultStream().filter(j -> committedImport(j.getId()).isEmpty()).toList();
    }

    /** The state a job's reader sees: running, committed, rejected, cancelled, failed or interrupted. */
    public String state(ImportJob job) {
        if (committedImport(job.getId()).isPresent()) {
            return "committed";
        }
        if (job.getOutcome() != null) {
            return job.getOutcome();
        }
        return job.isRunning(Instant.now(clock)) ? "running" : "interrupted";
    }
}
