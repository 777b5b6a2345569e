package org.accord.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.accord.caller.Caller;
import org.accord.caller.TenantScope;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.common.NotFoundException;
import org.accord.exchangelog.ExchangeLog;
import org.accord.exchangelog.LogEvent;
import org.accord.exchangelog.Refusals;
import org.accord.incident.IncidentReport;
import org.accord.incident.IncidentReportRepository;
import org.accord.incident.ReportStatus;
import org.accord.incident.Tlp;

/**
 * Finds the report whose indicators are asked for and applies {@link TenantScope}'s rules for indicators
 * (docs/indicators.md, "Who may do what"): another country's report is a 404 with the refusal logged, the
 * oversight body's reads are logged, an auditor of a TLP:RED report gets 403.
 */
@ApplicationScoped
public class IndicatorAccess {

    @Inject
    IncidentReportRepository reports;
    @Inject
    TenantScope tenant;
    @Inject
    ExchangeLog exchangeLog;
    @Inject
    Refusals refusals;

    public IncidentReport readable(String reference) {
        IncidentReport report = find(reference);
        String owner = report.getOwnerCountry();
        if (!tenant.canRead(owner)) {
            refuse(report, "indicators of a report of another country");
        }
        if (!tenant.canReadIndicators(owner, report.getTlp() == Tlp.RED)) {
            throw new AccessDeniedException("The indicators of a TLP:RED report are visible only to reporters and"
                    + " liaisons of " + owner);
        }
        Caller caller = tenant.caller();
        if (!caller.belongsTo(owner)) {
            exchangeLog.append(new LogEvent("report.indicators-read", List.of(caller.country(), owner), "report",
                    reference, null, null));
        }
        return report;
    }

    public IncidentReport writable(String reference) {
        IncidentReport report = find(reference);
        String owner = report.getOwnerCountry();
        if (!tenant.canRead(owner) && !tenant.canWriteIndicators(owner)) {
            refuse(report, "indicators of a report of another country");
        }
        if (!tenant.canWriteIndicators(owner)) {
            throw new AccessDeniedException("Only reporters and liaisons of " + owner + " change the indicators of "
                    + reference);
        }
        if (report.getStatus() == ReportStatus.CLOSED) {
            throw new ConflictException("Report " + reference + " is closed; its indicators no longer change");
        }
        return report;
    }

    private IncidentReport find(String reference) {
        return reports.findByReference(reference).orElseThrow(() -> new NotFoundException("No report " + reference));
    }

    private void refuse(IncidentReport report, String reason) {
        throw refusals.unseen(LogEvent.of("report.indicators-read", "report", report.getReference(),
                report.getOwnerCountry()), reason, "No report " + report.getReference());
    }
}
