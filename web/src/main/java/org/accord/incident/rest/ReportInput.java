package org.accord.incident.rest;

import java.time.Instant;
import java.util.List;
import org.accord.incident.ReportDraft;

/**
 * Body of a report creation or update. It has no owner, country, status or id: those come from
 * the token and the report's life, and a body that carries them is refused as an unknown field.
 */
public record ReportInput(String title, String description, String rsitClass, String rsitType, String severity,
        String tlp, String nis2Stage, Instant awareAt, Instant firstSeenAt, List<String> sectors,
        Long affectedSystems, Long affectedPeople) {

    ReportDraft toDraft() {
        return new ReportDraft(title, description, rsitClass, rsitType, severity, tlp, nis2Stage, awareAt,
                firstSeenAt, sectors, affectedSystems, affectedPeople);
    }
}
