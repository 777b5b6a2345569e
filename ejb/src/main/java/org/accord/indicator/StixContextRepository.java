package org.accord.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The STIX objects reports keep as context ({@code report_stix_object}, written by {@link ContextSink} during
 * an import); callers decide who may see them.
 */
@ApplicationScoped
public class StixContextRepository {

    @PersistenceContext
    EntityManager em;

    /** The next objects' {id, JSON} after a STIX id, in id order (keyset paging for the export). */
    @SuppressWarnings("unchecked")
    public List<Object[]> after(long reportId, String afterId, int limit) {
        return em.createNativeQuery("select stix_id, body from report_stix_object where report_id = ? and stix_id > ?"
                + " order by stix_id").setParameter(1, reportId).setParameter(2, afterId).setMaxResults(limit)
                .getResultList();
    }

    /** Objects kept per STIX type, by type. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> countsByType(long reportId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery("select stix_type, count(*) from report_stix_object"
                + " where report_id = ? group by stix_type order by stix_type").setParameter(1, reportId)
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** The {id, note} of the objects kept for a stated reason (patterns not reducible), by id. */
    @SuppressWarnings("unchecked")
    public List<Object[]> notes(long reportId, int limit) {
        return em.createNativeQuery("select stix_id, note from report_stix_object where report_id = ?"
                + " and note is not null order by stix_id").setParameter(1, reportId).setMaxResults(limit)
                .getResultList();
    }
}
