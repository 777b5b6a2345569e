package org.accord.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementRepository;
import org.accord.agreement.AgreementStatus;
import org.accord.incident.IncidentReport;
import org.accord.incident.ReportShares;

/**
 * A report is shown to the requested country of a request about it while the request is not
 * withdrawn, the invoked agreement is in force and the report's TLP is within its ceiling (checked at
 * every read, so raising the TLP or suspending the agreement hides it again).
 */
@ApplicationScoped
public class SharedReports implements ReportShares {

    @Inject
    CooperationRequestRepository requests;

    @Inject
    AgreementRepository agreements;

    @Inject
    Clock clock;

    @Override
    public String sharingAgreement(IncidentReport report, String country) {
        if (country.equals(report.getOwnerCountry())) {
            return null;
        }
        Instant now = Instant.now(clock);
        return requests.sharingReport(report.getId(), country).stream()
                .map(r -> agreements.findByReference(r.getAgreementReference()).orElse(null))
                .filter(a -> a != null && a.statusAt(now) == AgreementStatus.IN_FORCE
                        && !report.getTlp().isAbove(a.getMaxTlp()))
                .map(Agreement::getReference).findFirst().orElse(null);
    }
}
