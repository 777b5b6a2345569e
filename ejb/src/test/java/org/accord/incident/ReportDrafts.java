package org.accord.incident;

import java.time.Instant;
import java.util.List;

/** Report drafts for tests. */
final class ReportDrafts {

    private ReportDrafts() {
    }

    static ReportDraft valid() {
        return new ReportDraft("2,196 control servers", "Control servers in CN infected 1.29 million computers",
                "malicious-code", "c2-server", "high", "AMBER", null, Instant.parse("2026-11-28T10:00:00Z"),
                Instant.parse("2026-11-20T00:00:00Z"), List.of("energy", "health"), 1_290_000L, null);
    }

    static ReportDraft with(String title, String rsitClass, String rsitType, String severity, String tlp,
            List<String> sectors) {
        ReportDraft v = valid();
        return new ReportDraft(title, v.description(), rsitClass, rsitType, severity, tlp, v.nis2Stage(), v.awareAt(),
                v.firstSeenAt(), sectors, v.affectedSystems(), v.affectedPeople());
    }
}
