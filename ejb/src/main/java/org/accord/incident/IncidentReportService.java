package org.accord.incident;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.audit.AuditTrail;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.InvalidInputException;
import org.accord.common.NotFoundException;
import org.accord.common.Page;
import org.accord.common.StaleVersionException;
import org.accord.common.Validation;
import org.accord.country.CountryRepository;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.exchangelog.Refusals;
import org.accord.idempotency.IdempotencyKeys;

/**
 * Filing, reading and moving incident reports. Reporters and liaisons of a country change its
 * reports; its auditors (and the oversight body's) read them; another country's report does not
 * exist for the caller (404). Every change keeps a version and an audit record.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class IncidentReportService {

    @Inject
    IncidentReportRepository reports;

    @Inject
    CountryRepository countries;

    @Inject
    TenantScope tenant;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    ExchangeLog exchangeLog;

    @Inject
    Refusals refusals;

    @Inject
    ReportShares shares;

    @Inject
    Clock clock;

    @RolesAllowed({REPORTER, LIAISON})
    public IncidentReport create(ReportDraft draft, String idempotencyKey) {
        Validation.requireValid(validator, draft);
        Caller caller = tenant.caller();
        if (countries.find(caller.country()).isEmpty()) {
            throw new AccessDeniedException("Country " + caller.country() + " is not registered in Accord");
        }
        return idempotency.once(caller.user(), "report.create", idempotencyKey, draft.toString(),
                () -> file(caller, draft), IncidentReport::getReference, this::readable);
    }

    private IncidentReport file(Caller caller, ReportDraft draft) {
        Instant now = Instant.now(clock);
        String reference = reports.lockCounter(caller.country(), now.atZone(ZoneOffset.UTC).getYear())
                .nextReference(now.atZone(ZoneOffset.UTC).getYear());
        IncidentReport report = new IncidentReport(reference, caller.country(), draft, caller.user(), now);
        reports.add(report);
        keepVersion(report, "created");
        return report;
    }

    public VisibleReport get(String reference) {
        IncidentReport report = reports.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No report " + reference));
        String[] sharedUnder = {null};
        boolean readable = tenant.canReadShared(report.getOwnerCountry(),
                country -> (sharedUnder[0] = shares.sharingAgreement(report, country)) != null);
        checkRead(report, readable, sharedUnder[0]);
        boolean content = contentVisible(report) || (sharedUnder[0] != null && !tenant.caller().hasRole(AUDITOR));
        return new VisibleReport(report, content);
    }

    public Page<VisibleReport> list(ReportFilter filter) {
        if (filter.page() < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (filter.size() < 1 || filter.size() > ReportFilter.MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + ReportFilter.MAX_PAGE_SIZE);
        }
        if (!IncidentReportRepository.isSortable(filter.sort())) {
            throw new InvalidInputException("sort", "unknown sort field " + filter.sort());
        }
        return reports.list(tenant.readableCountry().orElse(null), filter)
                .map(r -> new VisibleReport(r, contentVisible(r)));
    }

    public List<ReportVersion> history(String reference) {
        return reports.versionsOf(readable(reference));
    }

    @RolesAllowed({REPORTER, LIAISON})
    public IncidentReport update(String reference, long expectedVersion, ReportDraft draft) {
        IncidentReport report = writable(reference, expectedVersion);
        Validation.requireValid(validator, draft);
        report.edit(draft, tenant.caller().user(), Instant.now(clock));
        return saved(report, "updated");
    }

    @RolesAllowed({REPORTER, LIAISON})
    public IncidentReport submit(String reference, Long expectedVersion) {
        return move(reference, expectedVersion, ReportStatus.SUBMITTED, "submitted");
    }

    @RolesAllowed(LIAISON)
    public IncidentReport triage(String reference, Long expectedVersion) {
        return move(reference, expectedVersion, ReportStatus.TRIAGED, "triaged");
    }

    @RolesAllowed({REPORTER, LIAISON})
    public IncidentReport close(String reference, Long expectedVersion) {
        return move(reference, expectedVersion, ReportStatus.CLOSED, "closed");
    }

    private IncidentReport move(String reference, Long expectedVersion, ReportStatus next, String change) {
        IncidentReport report = writable(reference, expectedVersion);
        report.moveTo(next, tenant.caller().user(), Instant.now(clock));
        return saved(report, change);
    }

    private IncidentReport saved(IncidentReport report, String change) {
        StaleVersionException.flush(reports::flush, "Report " + report.getReference());
        keepVersion(report, change);
        return report;
    }

    private void keepVersion(IncidentReport report, String change) {
        reports.addVersion(new ReportVersion(report, change, ReportSnapshot.of(report).toJson()));
        audit.record("report." + change, "report", report.getReference());
    }

    /** The owner's own view: history and changes are never shared with another country. */
    private IncidentReport readable(String reference) {
        IncidentReport report = reports.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No report " + reference));
        checkRead(report, tenant.canRead(report.getOwnerCountry()), null);
        return report;
    }

    /**
     * Refuses (404, refusal logged) or logs a read across a border: {@code report.shown} when the
     * report reached the caller's country through a cooperation request, {@code report.read} otherwise.
     */
    private void checkRead(IncidentReport report, boolean allowed, String sharedUnder) {
        Caller caller = tenant.caller();
        String reference = report.getReference();
        if (!allowed) {
            throw refusals.unseen(LogEvent.of("report.read", "report", reference, report.getOwnerCountry()),
                    "report of another country, not shared", "No report " + reference);
        }
        if (!caller.belongsTo(report.getOwnerCountry())) {
            exchangeLog.append(new LogEvent(sharedUnder == null ? "report.read" : "report.shown",
                    List.of(caller.country(), report.getOwnerCountry()), "report", reference, sharedUnder, null));
        }
    }

    /** Another country that sees the report through a request learns that it is read-only (403), no more. */
    private IncidentReport writable(String reference, Long expectedVersion) {
        IncidentReport report = reports.findByReference(reference)
                .orElseThrow(() -> new NotFoundException("No report " + reference));
        boolean readable = tenant.canReadShared(report.getOwnerCountry(),
                country -> shares.sharingAgreement(report, country) != null);
        if (!readable) {
            checkRead(report, false, null);
        }
        if (!tenant.canWrite(report.getOwnerCountry())) {
            throw new AccessDeniedException("Only reporters and liaisons of " + report.getOwnerCountry()
                    + " change this report");
        }
        StaleVersionException.requireVersion("Report " + reference, report.getVersion(), expectedVersion);
        return report;
    }

    private boolean contentVisible(IncidentReport report) {
        return report.getTlp() != Tlp.RED || tenant.canWrite(report.getOwnerCountry());
    }
}
