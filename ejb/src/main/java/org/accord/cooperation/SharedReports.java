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
                .map(r -> inForceAgreement(r, report, now))
                .filter(a -> a != null).map(Agreement::getReference).findFirst().orElse(null);
    }

    /**
     * Whether {@code request} shows {@code report} to its requested country now (the same rule, for one request): not
     * withdrawn, about the report, its agreement in force and the report's TLP within the agreement's ceiling.
     */
    public boolean shows(CooperationRequest request, IncidentReport report) {
        return request.getStatus() != RequestStatus.WITHDRAWN
                && request.getReports().stream().anyMatch(r -> r.getId().equals(report.getId()))
                && inForceAgreement(request, report, Instant.now(clock)) != null;
    }

    private Agreement inForceAgreement(CooperationRequest request, IncidentReport report, Instant now) {
        Agreement agreement = agreements.findByReference(request.getAgreementReference()).orElse(null);
        return agreement != null && agreement.statusAt(now) == AgreementStatus.IN_FORCE
                && !report.getTlp().isAbove(agreement.getMaxTlp()) ? agreement : null;
    }
}
