package org.accord.indicator;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accord.common.InvalidInputException;
import org.accord.country.CountryRepository;
import org.accord.incident.IncidentReport;

/** Reading a report's indicators and where they route; routing a report again (docs/indicators.md). */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class IndicatorListing {

    private static final int REROUTE_BATCH = 2000;
    private static final int CONTEXT_BATCH = 200;

    @Inject
    IndicatorAccess access;
    @Inject
    IndicatorRepository indicators;
    @Inject
    CountryRepository countries;
    @Inject
    StixContextRepository context;
    @Inject
    org.accord.caller.TenantScope tenant;
    @Inject
    java.time.Clock clock;
    @Inject
    AnnexRows annexRows;
    @PersistenceContext
    EntityManager em;

    public IndicatorPage list(String reportReference, IndicatorFilter filter) {
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (filter.size() < 1 || filter.size() > IndicatorFilter.MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + IndicatorFilter.MAX_PAGE_SIZE);
        }
        long report = access.readable(reportReference).getId();
        IndicatorCounts counts = indicators.counts(report);
        var page = indicators.list(report, filter, counts);
        return new IndicatorPage(page.items(), page.page(), page.size(), page.total(), page.exact(),
                counts.byType(), counts.byRole());
    }

    public ResponsibleCountries responsible(String reportReference) {
        long report = access.readable(reportReference).getId();
        Map<String, Map<String, Long>> byCountry = new TreeMap<>();
        long[] other = new long[Routing.values().length];
        for (IndicatorCounts.Row row : indicators.counts(report).rows()) {
            Routing routing = Routing.fromWire(row.routing()).orElseThrow();
            if (routing == Routing.MATCHED) {
                byCountry.computeIfAbsent(row.country(), c -> new TreeMap<>()).merge(row.role(), row.count(), Long::sum);
            } else {
                other[routing.ordinal()] += row.count();
            }
        }
        List<ResponsibleCountries.CountryShare> shares = new ArrayList<>();
        byCountry.forEach((country, roles) -> shares.add(new ResponsibleCountries.CountryShare(country,
                roles.values().stream().mapToLong(Long::longValue).sum(), roles)));
        return new ResponsibleCountries(shares, other[Routing.CONFLICT.ordinal()], other[Routing.UNMATCHED.ordinal()],
                other[Routing.NONE.ordinal()]);
    }

    /** The STIX objects the report keeps as context: counts per type, the first 1000 notes. */
    public KeptContext keptContext(String reportReference) {
        long report = access.readable(reportReference).getId();
        Map<String, Long> byType = context.countsByType(report);
        List<KeptContext.Note> notes = context.notes(report, 1000).stream()
                .map(r -> new KeptContext.Note((String) r[0], (String) r[1])).toList();
        return new KeptContext(byType, byType.values().stream().mapToLong(Long::longValue).sum(), notes);
    }

    /**
     * The report and its indicators as a STIX 2.1 bundle, streamed in keyset batches (docs/indicators.md).
     * A TLP:RED report's title and description are left out for readers who may not see its content.
     */
    public void writeStix(String reportReference, java.io.Writer out) {
        IncidentReport report = access.readable(reportReference);
        boolean content = report.getTlp() != org.accord.incident.Tlp.RED
                || tenant.canWrite(report.getOwnerCountry());
        new StixExport(report, content).write(out, after -> {
            em.clear();
            return indicators.after(report.getId(), after, REROUTE_BATCH);
        }, after -> context.after(report.getId(), after, CONTEXT_BATCH));
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The report with its indicators as a PDF annex, streamed from one query (docs/indicators.md, "PDF");
     * the same readers and the same TLP:RED rule as the STIX export.
     */
    public void writePdf(String reportReference, java.io.OutputStream out) {
        IncidentReport report = access.readable(reportReference);
        boolean content = report.getTlp() != org.accord.incident.Tlp.RED
                || tenant.canWrite(report.getOwnerCountry());
        new IndicatorAnnexPdf(report, content).write(out, indicators.counts(report.getId()).byType(),
                clock.instant(), row -> annexRows.forEach(report.getId(), row));
    }

    /**
     * Routes every indicator of the report again against today's constituencies (after a country changed
     * its declaration). Under the report's lock, so no import runs meanwhile; requests already sent keep
     * the indicators they carried.
     */
    @RolesAllowed({REPORTER, LIAISON})
    public ResponsibleCountries reroute(String reportReference) {
        IncidentReport report = access.writable(reportReference);
        em.find(IncidentReport.class, report.getId(), LockModeType.PESSIMISTIC_WRITE);
        Constituencies constituencies = Constituencies.of(countries.all());
        int after = 0;
        for (List<Indicator> batch; !(batch = indicators.after(report.getId(), after, REROUTE_BATCH)).isEmpty(); ) {
            for (Indicator indicator : batch) {
                try {
                    indicator.route(constituencies.route(IndicatorValues.normalise(indicator.getType(),
                            indicator.getValue())));
                } catch (InvalidValueException e) {
                    throw new IllegalStateException("Stored indicator no longer valid: " + indicator.getValue(), e);
                }
                after = indicator.getN();
            }
            em.flush();
            em.clear();
        }
        indicators.recountTally(report.getId());
        return responsible(reportReference);
    }
}
