package org.accord.exchangelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.accord.common.Criteria;
import org.accord.common.Page;

/** Entries and tree heads in the database; callers pass the tenant filter in. */
@ApplicationScoped
public class ExchangeLogRepository {

    @PersistenceContext
    EntityManager em;

    /** Entries matching the filter that involve {@code country} (all when null), oldest first. */
    public Page<ExchangeLogEntry> entries(String country, LogFilter filter) {
        return new Criteria()
                .and("e.countries like :country", "country", involving(country))
                .and("e.countries like :partner", "partner", involving(filter.partner()))
                .and("e.action = :action", "action", filter.action())
                .and("e.objectId = :objectId", "objectId", filter.objectId())
                .and("e.at >= :from", "from", filter.from())
                .and("e.at < :to", "to", filter.to())
                .page(em, ExchangeLogEntry.class, "e", "e.seq", filter.page(), filter.size());
    }

    /**
     * The next {@code max} entries of a dossier after position {@code after} and below {@code treeSize},
     * that involve {@code country} (all when null) and match the dossier's query, oldest first.
     */
    public List<ExchangeLogEntry> dossierBatch(String country, DossierQuery query, long after, long treeSize,
            int max) {
        return new Criteria()
                .and("e.seq > :after", "after", after)
                .and("e.seq < :treeSize", "treeSize", treeSize)
                .and("e.countries like :country", "country", involving(country))
                .and("e.countries like :named", "named", involving(query.country()))
                .and("e.countries like :partner", "partner", involving(query.partner()))
                .and("e.objectId = :objectId", "objectId", query.objectId())
                .and("e.at >= :from", "from", query.from())
                .and("e.at < :to", "to", query.to())
                .first(em, ExchangeLogEntry.class, "e", "e.seq", max);
    }

    /** Entries {@code [start, end)} by position, for proofs and offline verification. */
    public List<ExchangeLogEntry> range(long start, long end) {
        return em.createQuery("select e from ExchangeLogEntry e where e.seq >= :start and e.seq < :end order by e.seq",
                ExchangeLogEntry.class).setParameter("start", start).setParameter("end", end).getResultList();
    }

    public List<TreeHead> treeHeads() {
        return em.createNamedQuery("TreeHead.all", TreeHead.class).getResultList();
    }

    /** The most recent signed tree head, if any was published. */
    public Optional<TreeHead> latestTreeHead() {
        return em.createNamedQuery("TreeHead.all", TreeHead.class).setMaxResults(1).getResultStream().findFirst();
    }

    public TreeHead treeHead(long size) {
        return em.find(TreeHead.class, size);
    }

    public void add(TreeHead head) {
        em.persist(head);
    }

    /** Countries are stored as {@code ,CN,US,}: this pattern finds one of them. */
    private static String involving(String country) {
        return country == null ? null : "%," + country + ",%";
    }
}
