package org.accord.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.common.Criteria;
import org.accord.common.Page;
import org.accord.cooperation.CooperationRequest;
import org.accord.incident.IncidentReport;

/** Indicators, imports and request links in the database; callers decide who may see them. */
@ApplicationScoped
public class IndicatorRepository {

    @PersistenceContext
    EntityManager em;

    /** Matches counted one by one (a prefix search) are counted up to this many; more is "more than". */
    public static final int COUNT_CAP = 10_000;

    /**
     * One page of a report's indicators (docs/indicators.md, "At scale"): in ingest order, or in value order when
     * searching by prefix; the total of the filters comes from the report's {@code counts}, a prefix search's is
     * counted up to {@link #COUNT_CAP}.
     */
    public Page<Indicator> list(long reportId, IndicatorFilter filter, IndicatorCounts counts) {
        StringBuilder where = new StringBuilder(" where i.reportId = :report");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("report", reportId);
        equal(where, params, "kind", filter.type() == null ? null : filter.type().wire());
        equal(where, params, "role", filter.role() == null ? null : filter.role().wire());
        equal(where, params, "routing", filter.routing() == null ? null : filter.routing().wire());
        equal(where, params, "routedCountry", filter.country());
        String prefix = filter.prefix();
        if (prefix != null) {
            // the range lets the value index serve the search on any plan; the pattern keeps it exact
            where.append(" and i.value >= :from and i.value < :to and i.value like :prefix escape '\\'");
            params.put("from", prefix);
            params.put("to", prefix + Character.MAX_VALUE);
            params.put("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = prefix == null ? counts.matching(filter) : -1;
        if (total >= 0 && (long) filter.page() * filter.size() >= total) {
            // nothing on this page: a rare combination of filters would otherwise walk one filter's whole index
            return new Page<>(List.of(), filter.page(), filter.size(), total);
        }
        TypedQuery<Indicator> items = em.createQuery("select i from Indicator i" + where
                + (prefix == null ? " order by i.n" : " order by i.value, i.kind"), Indicator.class);
        params.forEach(items::setParameter);
        List<Indicator> found = items.setFirstResult(Page.offset(filter.page(), filter.size())).setMaxResults(filter.size())
                .getResultList();
        if (total >= 0) {
            return new Page<>(found, filter.page(), filter.size(), total);
        }
        // the value is in the search's index, so the count reads the index alone
        Criteria.Count count = Criteria.countUpTo(em, "i.value", " from Indicator i" + where, params, COUNT_CAP);
        return new Page<>(found, filter.page(), filter.size(), count.total(), count.exact());
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.append(" and i.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** The report's tally, in one query. */
    @SuppressWarnings("unchecked")
    public IndicatorCounts counts(long reportId) {
        List<Object[]> rows = em.createNativeQuery("select kind, role, routing, routed_country, rows_counted"
                + " from indicator_tally where report_id = ?").setParameter(1, reportId).getResultList();
        return new IndicatorCounts(rows.stream().map(r -> new IndicatorCounts.Row((String) r[0], (String) r[1],
                (String) r[2], "".equals(r[3]) ? null : (String) r[3], ((Number) r[4]).longValue())).toList());
    }

    /** Counts the report's rows into its tally again, after re-routing changed where they go. */
    public void recountTally(long reportId) {
        em.flush();
        em.createNativeQuery(IndicatorTally.DELETE).setParameter(1, reportId).executeUpdate();
        em.createNativeQuery(IndicatorTally.RECOUNT).setParameter(1, reportId).executeUpdate();
    }

    /** Keyset page of a report's indicators after number {@code afterN} (re-routing, exports). */
    public List<Indicator> after(long reportId, int afterN, int size) {
        return em.createQuery("select i from Indicator i where i.reportId = :report and i.n > :after order by i.n",
                Indicator.class).setParameter("report", reportId).setParameter("after", afterN).setMaxResults(size)
                .getResultList();
    }

    public void add(IndicatorImport done) {
        em.persist(done);
        em.flush();
    }

    public Optional<IndicatorImport> findImport(long id) {
        return Optional.ofNullable(em.find(IndicatorImport.class, id));
    }

    /** Links every indicator of the report routed to {@code country} to the request, in one statement. */
    public int linkRouted(long requestId, long reportId, String country) {
        return em.createNativeQuery("insert into cooperation_request_indicator (request_id, report_id, n)"
                + " select ?, report_id, n from indicator where report_id = ? and routed_country = ?")
                .setParameter(1, requestId).setParameter(2, reportId).setParameter(3, country).executeUpdate();
    }

    /** The reports whose indicators the request carries. */
    public List<IncidentReport> reportsCarriedBy(long requestId) {
        return em.createQuery("select r from IncidentReport r where r.id in (select distinct l.reportId from"
                + " RequestIndicator l where l.requestId = :request)", IncidentReport.class)
                .setParameter("request", requestId).getResultList();
    }

    public long countLinked(long requestId) {
        return ((Number) em.createNativeQuery("select count(*) from cooperation_request_indicator where request_id = ?")
                .setParameter(1, requestId).getSingleResult()).longValue();
    }

    /**
     * Keyset page of a request's indicators, ordered by report and number. Driven by the link table's primary key
     * with a row comparison, which PostgreSQL turns into one index range (an OR of the columns would scan every
     * indicator before the position: 0.9 s instead of 8 ms at row 900,000 of a million).
     */
    @SuppressWarnings("unchecked")
    public List<Indicator> linkedAfter(long requestId, long afterReport, int afterN, int size) {
        return em.createNativeQuery("select i.* from cooperation_request_indicator l join indicator i"
                        + " on i.report_id = l.report_id and i.n = l.n where l.request_id = ?"
                        + " and (l.report_id, l.n) > (?, ?) order by l.report_id, l.n", Indicator.class)
                .setParameter(1, requestId).setParameter(2, afterReport).setParameter(3, afterN).setMaxResults(size)
                .getResultList();
    }

    public List<Indicator> linkedPage(long requestId, int page, int size) {
        return em.createQuery("select i from Indicator i where exists (select l.n from RequestIndicator l"
                        + " where l.requestId = :request and l.reportId = i.reportId and l.n = i.n)"
                        + " order by i.reportId, i.n", Indicator.class).setParameter("request", requestId)
                .setFirstResult(Page.offset(page, size)).setMaxResults(size).getResultList();
    }

    /** The countries that sent {@code country} requests carrying indicators (its TAXII collections). */
    public List<String> sendersOfIndicatorsTo(String country) {
        return em.createQuery("select distinct r.senderCountry from CooperationRequest r where r.requestedCountry = :c"
                + " and exists (select l.n from RequestIndicator l where l.requestId = r.id)", String.class)
                .setParameter("c", country).getResultList().stream().sorted().toList();
    }

    /** The requests from {@code sender} to {@code requested} that carry indicators, oldest first (then by id). */
    public List<CooperationRequest> requestsCarryingIndicators(String sender, String requested) {
        return em.createQuery("select r from CooperationRequest r where r.senderCountry = :s"
                + " and r.requestedCountry = :c"
                + " and exists (select l.n from RequestIndicator l where l.requestId = r.id)"
                + " order by r.sentAt, r.id", CooperationRequest.class).setParameter("s", sender)
                .setParameter("c", requested).getResultList();
    }

    public void clear() {
        em.clear();
    }
}
