package org.accord.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.common.Criteria;
import org.accord.common.Page;

/** Reports, their versions and counters in the database. Callers pass the tenant filter in. */
@ApplicationScoped
public class IncidentReportRepository {

    /** A report list counts its matches up to this many; beyond, it says "more than 10,000". */
    public static final int COUNT_CAP = 10_000;

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
        return new Criteria()
                .and("r.ownerCountry = :country", "country", country)
                .and("r.status = :status", "status", filter.status())
                .and("r.tlp = :tlp", "tlp", filter.tlp())
                .and("r.rsitClass = :rsitClass", "rsitClass", filter.rsitClass())
                .and("r.createdAt >= :from", "from", filter.createdFrom())
                .and("r.createdAt < :to", "to", filter.createdTo())
                .page(em, IncidentReport.class, "r", orderBy(filter.sort()), filter.page(), filter.size(), COUNT_CAP);
    }

    public static boolean isSortable(String sort) {
        return sort == null || SORTABLE.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
    }

    private static String orderBy(String sort) {
        String key = sort == null ? "-createdAt" : sort;
        boolean descending = key.startsWith("-");
        String field = SORTABLE.get(descending ? key.substring(1) : key);
        return field + (descending ? " desc" : " asc") + ", r.id" + (descending ? " desc" : " asc");
    }
}
