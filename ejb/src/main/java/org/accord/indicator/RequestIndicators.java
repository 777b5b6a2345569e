package org.accord.indicator;

import static org.accord.caller.Roles.AUDITOR;
import static org.accord.caller.Roles.LIAISON;
import static org.accord.caller.Roles.REPORTER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.InvalidInputException;
import org.accord.common.Page;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.CooperationRequestService;
import org.accord.cooperation.SharedReports;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.incident.IncidentReport;
import org.accord.incident.Tlp;

/**
 * The indicators a cooperation request carries, for both sides of the request and their auditors
 * ({@link CooperationRequestService#get} decides, and logs a refusal). A read by anyone but the sender's
 * country is a cross-border read: an exchange log entry {@code request.indicators-read}.
 */
@Stateless
@RolesAllowed({REPORTER, LIAISON, AUDITOR})
public class RequestIndicators {

    private static final int CSV_BATCH = 5000;

    @Inject
    CooperationRequestService requests;
    @Inject
    IndicatorRepository indicators;
    @Inject
    TenantScope tenant;
    @Inject
    SharedReports sharedReports;
    @Inject
    ExchangeLog exchangeLog;
    @PersistenceContext
    EntityManager em;

    public Page<Indicator> page(String requestReference, int page, int size) {
        if (page < 0 || size < 1 || size > IndicatorFilter.MAX_PAGE_SIZE) {
            throw new InvalidInputException("page", "page must be 0 or more and size 1 to "
                    + IndicatorFilter.MAX_PAGE_SIZE);
        }
        CooperationRequest request = readable(requestReference);
        return new Page<>(indicators.linkedPage(request.getId(), page, size), page, size,
                indicators.countLinked(request.getId()));
    }

    /** Every indicator of the request as CSV, in the import's columns, written in keyset batches. */
    public void writeCsv(String requestReference, Writer out) {
        CooperationRequest request = readable(requestReference);
        try {
            out.write("type,value,role,first_seen,last_seen\n");
            long report = -1;
            int n = 0;
            for (List<Indicator> batch; !(batch = indicators.linkedAfter(request.getId(), report, n, CSV_BATCH))
                    .isEmpty(); ) {
                for (Indicator i : batch) {
                    out.write(i.getType().wire() + "," + Csv.field(i.getValue()) + "," + i.getRole().wire() + ","
                            + (i.getFirstSeen() == null ? "" : i.getFirstSeen()) + ","
                            + (i.getLastSeen() == null ? "" : i.getLastSeen()) + "\n");
                    report = i.getReportId();
                    n = i.getN();
                }
                em.clear();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request, when the caller may read its indicators: the sender's country always; anyone else (the
     * requested country, the oversight body) only while the request shows its reports to the requested country —
     * not withdrawn, agreement in force, TLP within its ceiling — the rule TAXII applies too. Auditors never read
     * the indicators of a TLP:RED report (they see its metadata only).
     */
    private CooperationRequest readable(String reference) {
        CooperationRequest request = requests.get(reference);
        boolean sender = tenant.caller().belongsTo(request.getSenderCountry());
        for (IncidentReport report : indicators.reportsCarriedBy(request.getId())) {
            if (report.getTlp() == Tlp.RED && tenant.caller().hasRole(AUDITOR)) {
                throw new AccessDeniedException("The indicators of " + report.getReference() + " are TLP:RED:"
                        + " auditors see its metadata only");
            }
            if (!sender && !sharedReports.shows(request, report)) {
                throw new AccessDeniedException("The indicators of " + reference + " are no longer shown to "
                        + request.getRequestedCountry() + ": the request was withdrawn, its agreement is not in"
                        + " force, or " + report.getReference() + " is above the agreement's TLP ceiling");
            }
        }
        if (!sender) {
            exchangeLog.append(new LogEvent("request.indicators-read", request.getCountries(), "request", reference,
                    request.getAgreementReference(), null));
        }
        return request;
    }
}
