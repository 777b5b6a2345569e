package org.accord.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL where-clause of optional conditions (a null value leaves its condition out), and the page
 * of results it selects with its total count.
 */
public final class Criteria {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds {@code clause} (which names the parameter {@code :name}) when {@code value} is not null. */
    public Criteria and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** The first {@code max} of {@code select alias from entity alias} matching the conditions, in {@code orderBy}. */
    public <T> List<T> first(EntityManager em, Class<T> entity, String alias, String orderBy, int max) {
        TypedQuery<T> query = em.createQuery("select " + alias + " from " + entity.getSimpleName() + " " + alias
                + where + " order by " + orderBy, entity);
        params.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    /** One page of {@code select alias from entity alias} matching the conditions, in {@code orderBy}. */
    public <T> Page<T> page(EntityManager em, Class<T> entity, String alias, String orderBy, int page, int size) {
        return page(em, entity, alias, orderBy, page, size, 0);
    }

    /**
     * The same, counting the matches only up to {@code countCap} (when above 0): an exact count reads
     * every matching row, 250,000 of them for one country's reports at a million (bench P6), while a
     * list needs to know only whether there are more than a person pages through.
     */
    public <T> Page<T> page(EntityManager em, Class<T> entity, String alias, String orderBy, int page, int size,
            int countCap) {
        String from = " from " + entity.getSimpleName() + " " + alias + where;
        TypedQuery<T> query = em.createQuery("select " + alias + from + " order by " + orderBy, entity);
        params.forEach(query::setParameter);
        List<T> items = query.setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
        if (page == 0 && items.size() < size) {
            return new Page<>(items, page, size, items.size()); // the whole list fits on the first page
        }
        if (countCap <= 0) {
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
            params.forEach(count::setParameter);
            return new Page<>(items, page, size, count.getSingleResult());
        }
        Count count = countUpTo(em, alias + ".id", from, params, countCap);
        return new Page<>(items, page, size, count.total(), count.exact());
    }

    /** A number of matches, exact or (when {@code exact} is false) a lower bound: there are more. */
    public record Count(long total, boolean exact) {
    }

    /**
     * Counts {@code from} (" from Entity alias where ...") up to {@code cap} without fetching the matches: one probe
     * for a row beyond the cap ({@code offset cap limit 1}), and an exact count only when there is none. Fetching
     * the first cap + 1 ids instead took most of a report list's time at a million reports (bench P6).
     */
    public static Count countUpTo(EntityManager em, String probe, String from, Map<String, Object> params, int cap) {
        TypedQuery<Object> beyond = em.createQuery("select " + probe + from, Object.class);
        params.forEach(beyond::setParameter);
        if (!beyond.setFirstResult(cap).setMaxResults(1).getResultList().isEmpty()) {
            return new Count(cap, false);
        }
        TypedQuery<Long> count = em.createQuery("select count(" + probe + ")" + from, Long.class);
        params.forEach(count::setParameter);
        return new Count(count.getSingleResult(), true);
    }
}
