package org.accord.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.common.Page;

/** Requests in the database. Callers pass the country filter in (from {@code TenantScope}). */
@ApplicationScoped
public class CooperationRequestRepository {

    @PersistenceContext
    EntityManager em;

    public CooperationRequestRepository() {
    }

    /** Outside the server (the persistence contract tests), over a given entity manager. */
    public CooperationRequestRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<CooperationRequest> findByReference(String reference) {
        return em.createNamedQuery("CooperationRequest.byReference", CooperationRequest.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    public void add(CooperationRequest request) {
        em.persist(request);
        request.assignReference();
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /**
     * One page of requests: {@code incoming} (to {@code country}, next deadline first) or outgoing (from
     * it, newest first); {@code country} null means every country (oversight).
     */
    public Page<CooperationRequest> list(String country, boolean incoming, RequestStatus status, int page, int size) {
        String side = incoming ? "r.requestedCountry" : "r.senderCountry";
        String where = " where 1 = 1" + (country == null ? "" : " and " + side + " = :country")
                + (status == null ? "" : " and r.status = :status");
        String order = incoming ? " order by case when r.nextDueAt is null then 1 else 0 end, r.nextDueAt, r.id desc"
                : " order by r.sentAt desc, r.id desc";
        var query = em.createQuery("select r from CooperationRequest r" + where + order, CooperationRequest.class);
        var count = em.createQuery("select count(r) from CooperationRequest r" + where, Long.class);
        if (country != null) {
            query.setParameter("country", country);
            count.setParameter("country", country);
        }
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<CooperationRequest> items = query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * Requests awaiting the responder with a deadline or the expiry passed and not yet handled, each
     * locked (one by one: H2 refuses a locking query with a limit), for the deadline job.
     */
    public List<CooperationRequest> dueBy(Instant now, int limit) {
        List<Long> ids = em.createQuery("select r.id from CooperationRequest r where r.nextDueAt < :now and ("
                        + "(r.status = :sent and r.acknowledgementEscalatedAt is null)"
                        + " or (r.answerBy < :now and r.answerEscalatedAt is null) or r.expiresAt < :now)"
                        + " order by r.nextDueAt", Long.class)
                .setParameter("now", now).setParameter("sent", RequestStatus.SENT).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em.find(CooperationRequest.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
    }

    /** Requests from the report's country to {@code country} that name the report and were not withdrawn. */
    public List<CooperationRequest> sharingReport(long reportId, String country) {
        return em.createQuery("select distinct r from CooperationRequest r join r.reports p where p.id = :report"
                        + " and r.requestedCountry = :country and r.status <> :withdrawn", CooperationRequest.class)
                .setParameter("report", reportId).setParameter("country", country)
                .setParameter("withdrawn", RequestStatus.WITHDRAWN).getResultList();
    }
}
