package org.accord.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.common.Page;

/** Reports, their versions and counters in the database. Callers pass the tenant filter in. */
@ApplicationScoped
public class IncidentReportRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "r.createdAt", "updatedAt", "r.updatedAt", "reference", "r.reference",
            "title", "r.title", "severity", "r.severity", "status", "r.status");

    @PersistenceContext
    EntityManager em;

    public Optional<IncidentReport> findByReference(String reference) {
        return em.createNamedQuery("IncidentReport.byReference", IncidentReport.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    public void add(IncidentReport report) {
        em.persist(report);
        em.flush();
    }

    public void addVersion(ReportVersion version) {
        em.persist(version);
    }

    public List<ReportVersion> versionsOf(IncidentReport report) {
        return em.createNamedQuery("ReportVersion.ofReport", ReportVersion.class)
                .setParameter("reportId", report.getId()).getResultList();
    }

    /** The country's counter, locked until the transaction ends. */
    public ReportCounter lockCounter(String countryCode, int year) {
        ReportCounter counter = em.find(ReportCounter.class, countryCode, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new ReportCounter(countryCode, year);
            em.persist(counter);
        }
        return counter;
    }

    public void flush() {
        em.flush();
    }

    /** One page of reports matching the filter, limited to {@code country} unless it is null. */
    public Page<IncidentReport> list(String country, ReportFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, params, "r.ownerCountry = :country", "country", country);
        condition(where, params, "r.status = :status", "status", filter.status());
        condition(where, params, "r.tlp = :tlp", "tlp", filter.tlp());
        condition(where, params, "r.rsitClass = :rsitClass", "rsitClass", filter.rsitClass());
        condition(where, params, "r.createdAt >= :from", "from", filter.createdFrom());
        condition(where, params, "r.createdAt < :to", "to", filter.createdTo());

        TypedQuery<IncidentReport> query = em.createQuery(
                "select r from IncidentReport r" + where + orderBy(filter.sort()), IncidentReport.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from IncidentReport r" + where, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<IncidentReport> items = query.setFirstResult(filter.page() * filter.size())
                .setMaxResults(filter.size()).getResultList();
        return new Page<>(items, filter.page(), filter.size(), count.getSingleResult());
    }

    public static boolean isSortable(String sort) {
        return sort == null || SORTABLE.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    private static String orderBy(String sort) {
        String key = sort == null ? "-createdAt" : sort;
        boolean descending = key.startsWith("-");
        String field = SORTABLE.get(descending ? key.substring(1) : key);
        return " order by " + field + (descending ? " desc" : " asc") + ", r.id" + (descending ? " desc" : " asc");
    }
}
