package org.accord.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Agreements in the database. Callers pass the party filter in (from {@code TenantScope}). */
@ApplicationScoped
public class AgreementRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Agreement> findByReference(String reference) {
        return em.createNamedQuery("Agreement.byReference", Agreement.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    /** Persists a new agreement with its parties and gives it its readable id. */
    public void add(Agreement agreement) {
        em.persist(agreement);
        agreement.assignReference();
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    /** Agreements {@code country} is party to (all when null), optionally only those with {@code partner}. */
    public List<Agreement> list(String country, String partner) {
        StringBuilder jpql = new StringBuilder("select a from Agreement a where 1 = 1");
        if (country != null) {
            jpql.append(" and exists (select p from AgreementParty p where p.agreement = a and p.country = :country)");
        }
        if (partner != null) {
            jpql.append(" and exists (select q from AgreementParty q where q.agreement = a and q.country = :partner)");
        }
        var query = em.createQuery(jpql.append(" order by a.id desc").toString(), Agreement.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        return query.setMaxResults(500).getResultList();
    }

    /** The new versions proposed to replace {@code reference}. */
    public List<Agreement> successorsOf(String reference) {
        return em.createQuery("select a from Agreement a where a.supersedes = :reference", Agreement.class)
                .setParameter("reference", reference).getResultList();
    }

    /** Every agreement both countries are party to, in any state. */
    public List<Agreement> between(String one, String other) {
        return em.createQuery("select a from Agreement a"
                + " where exists (select p from AgreementParty p where p.agreement = a and p.country = :one)"
                + " and exists (select q from AgreementParty q where q.agreement = a and q.country = :other)",
                Agreement.class).setParameter("one", one).setParameter("other", other).getResultList();
    }
}
