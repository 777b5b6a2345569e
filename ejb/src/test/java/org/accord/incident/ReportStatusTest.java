package org.accord.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.accord.common.ConflictException;
import org.junit.jupiter.api.Test;

class ReportStatusTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void aReportGoesFromDraftThroughSubmittedAndTriagedToClosed() {
        IncidentReport report = report();
        report.moveTo(ReportStatus.SUBMITTED, "cn-reporter", NOW);
        report.moveTo(ReportStatus.TRIAGED, "cn-liaison", NOW);
        report.moveTo(ReportStatus.CLOSED, "cn-liaison", NOW);
        assertEquals(ReportStatus.CLOSED, report.getStatus());
        assertEquals("cn-liaison", report.getUpdatedBy());
    }

    @Test
    void aDraftCannotBeClosedOrTriaged() {
        IncidentReport report = report();
        assertThrows(ConflictException.class, () -> report.moveTo(ReportStatus.CLOSED, "u", NOW));
        assertThrows(ConflictException.class, () -> report.moveTo(ReportStatus.TRIAGED, "u", NOW));
        assertEquals(ReportStatus.DRAFT, report.getStatus());
    }

    @Test
    void aClosedReportNoLongerChanges() {
        IncidentReport report = report();
        report.moveTo(ReportStatus.SUBMITTED, "u", NOW);
        report.moveTo(ReportStatus.CLOSED, "u", NOW);
        assertThrows(ConflictException.class, () -> report.edit(ReportDrafts.valid(), "u", NOW));
        assertThrows(ConflictException.class, () -> report.moveTo(ReportStatus.SUBMITTED, "u", NOW));
    }

    @Test
    void theNextNis2DeadlineDisappearsOnceClosed() {
        IncidentReport report = report();
        assertEquals(Nis2Clock.from(ReportDrafts.valid().awareAt()).earlyWarningDue(), report.nis2NextDue());
        report.moveTo(ReportStatus.SUBMITTED, "u", NOW);
        report.moveTo(ReportStatus.CLOSED, "u", NOW);
        assertEquals(null, report.nis2NextDue());
    }

    @Test
    void readableIdsCountPerCountryAndRestartEachYear() {
        ReportCounter counter = new ReportCounter("CN", 2026);
        assertEquals(List.of("CN-2026-000001", "CN-2026-000002"),
                List.of(counter.nextReference(2026), counter.nextReference(2026)));
        assertEquals("CN-2027-000001", counter.nextReference(2027));
    }

    private static IncidentReport report() {
        return new IncidentReport("CN-2026-000001", "CN", ReportDrafts.valid(), "cn-reporter", NOW);
    }
}
