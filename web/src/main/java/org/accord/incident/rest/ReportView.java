package org.accord.incident.rest;

import java.time.Instant;
import java.util.List;
import org.accord.incident.IncidentReport;
import org.accord.incident.Nis2Clock;
import org.accord.incident.VisibleReport;

/**
 * A report as the API shows it. {@code description} is left out (and {@code contentRedacted} set)
 * when the caller may read the report's metadata but not its TLP:RED content.
 */
public record ReportView(String id, String country, String title, String description, boolean contentRedacted,
        String rsitClass, String rsitType, String severity, String tlp, String status, String nis2Stage,
        Nis2Due nis2, Instant awareAt, Instant firstSeenAt, List<String> sectors, Long affectedSystems,
        Long affectedPeople, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, long version) {

    /** NIS2 Art. 23 deadlines and the next one still open. */
    public record Nis2Due(Instant earlyWarning, Instant notification, Instant finalReport, Instant next) {
    }

    static ReportView of(VisibleReport visible) {
        IncidentReport r = visible.report();
        Nis2Clock clock = r.nis2Clock();
        return new ReportView(r.getReference(), r.getOwnerCountry(), r.getTitle(),
                visible.contentVisible() ? r.getDescription() : null, !visible.contentVisible(),
                r.getRsitClass(), r.getRsitType(), r.getSeverity().wire(), r.getTlp().label(), r.getStatus().wire(),
                r.getNis2Stage() == null ? null : r.getNis2Stage().wire(),
                new Nis2Due(clock.earlyWarningDue(), clock.notificationDue(), clock.finalReportDue(), r.nis2NextDue()),
                r.getAwareAt(), r.getFirstSeenAt(), r.getSectors(), r.getAffectedSystems(), r.getAffectedPeople(),
                r.getCreatedBy(), r.getCreatedAt(), r.getUpdatedBy(), r.getUpdatedAt(), r.getVersion());
    }

    static ReportView ofWritable(IncidentReport report) {
        return of(new VisibleReport(report, true));
    }
}
