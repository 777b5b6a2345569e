package org.accord.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Evidence, its shares and its custody in the database. Callers pass the tenant filter in (from {@code TenantScope}). */
@ApplicationScoped
public class EvidenceRepository {

    private static final String OPEN_SHARE = "select s from EvidenceShare s where s.evidence = e and s.country = :country"
            + " and s.status = org.accord.evidence.ShareStatus.ACTIVE and s.expiresAt > :now";

    @PersistenceContext
    EntityManager em;

    public Optional<Evidence> findByReference(String reference) {
        return em.createNamedQuery("Evidence.byReference", Evidence.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    /** Persists new evidence and gives it its readable id. */
    public void add(Evidence evidence) {
        em.persist(evidence);
        evidence.assignReference();
        em.flush();
    }

    public void add(EvidenceShare share) {
        em.persist(share);
    }

    public void add(CustodyEvent event) {
        em.persist(event);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Evidence {@code country} may list at {@code now}: its own and what is shared with it and still open;
     * every country's when {@code country} is null. Optionally of one report; newest first, at most 500.
     */
    public List<Evidence> visible(String country, String report, Instant now) {
        StringBuilder jpql = new StringBuilder("select e from Evidence e where 1 = 1");
        if (country != null) {
            jpql.append(" and (e.ownerCountry = :country or exists (").append(OPEN_SHARE).append("))");
        }
        if (report != null) {
            jpql.append(" and e.reportReference = :report");
        }
        var query = em.createQuery(jpql.append(" order by e.id desc").toString(), Evidence.class);
        if (country != null) {
            query.setParameter("country", country).setParameter("now", now);
        }
        if (report != null) {
            query.setParameter("report", report);
        }
        return query.setMaxResults(500).getResultList();
    }

    public List<EvidenceShare> sharesOf(Evidence evidence) {
        return em.createQuery("select s from EvidenceShare s where s.evidence = :e order by s.id", EvidenceShare.class)
                .setParameter("e", evidence).getResultList();
    }

    /** The active share with {@code country}, locked so that a revoke and the purge never both end it. */
    public Optional<EvidenceShare> activeShare(Evidence evidence, String country) {
        return em.createQuery("select s from EvidenceShare s where s.evidence = :e and s.country = :country"
                + " and s.status = org.accord.evidence.ShareStatus.ACTIVE", EvidenceShare.class)
                .setParameter("e", evidence).setParameter("country", country)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Active shares whose retention ended before {@code now}, oldest first. */
    public List<EvidenceShare> expiredShares(Instant now, int max) {
        return em.createQuery("select s from EvidenceShare s where s.status = org.accord.evidence.ShareStatus.ACTIVE"
                + " and s.expiresAt <= :now order by s.expiresAt", EvidenceShare.class)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    public List<CustodyEvent> custodyOf(Evidence evidence) {
        // by time: ids come from blocks each node of a cluster allocates for itself
        return em.createQuery("select c from CustodyEvent c where c.evidenceId = :id order by c.at, c.id",
                CustodyEvent.class)
                .setParameter("id", evidence.getId()).getResultList();
    }

    /** Bytes of evidence {@code country} owns, counted per row (as the quota counts them). */
    public long bytesOwnedBy(String country) {
        Long sum = em.createQuery("select sum(e.size) from Evidence e where e.ownerCountry = :country", Long.class)
                .setParameter("country", country).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Serialises the quota check of one country's uploads until the transaction ends. */
    public void lockQuotaOf(String country) {
        em.find(org.accord.country.Country.class, country, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Evidence> find(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    /**
     * Records what a full read found, without the entity's version check: concurrent downloads and checks of
     * the same evidence must not fail one another. Intact and verified: intact, verified now; damaged:
     * damaged. An intact download changes nothing (a damaged evidence is not downloaded).
     */
    public void markChecked(long id, boolean intact, boolean verification, Instant now) {
        if (intact && !verification) {
            return;
        }
        var update = intact
                ? em.createNativeQuery("update evidence set integrity = 'INTACT', last_verified_at = ? where id = ?")
                        .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, id)
                : em.createNativeQuery("update evidence set integrity = 'DAMAGED' where id = ?").setParameter(1, id);
        update.executeUpdate();
    }

    public boolean holdsContent(String sha256) {
        return em.createQuery("select count(e) from Evidence e where e.sha256 = :sha", Long.class)
                .setParameter("sha", sha256).getSingleResult() > 0;
    }
}
