package org.accord.incident;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.List;

/** The content of a report at one version, serialised to JSON for its history. */
public record ReportSnapshot(String title, String description, String rsitClass, String rsitType, String severity,
        String tlp, String status, String nis2Stage, Instant awareAt, Instant firstSeenAt, List<String> sectors,
        Long affectedSystems, Long affectedPeople) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static ReportSnapshot of(IncidentReport r) {
        return new ReportSnapshot(r.getTitle(), r.getDescription(), r.getRsitClass(), r.getRsitType(),
                r.getSeverity().wire(), r.getTlp().label(), r.getStatus().wire(),
                r.getNis2Stage() == null ? null : r.getNis2Stage().wire(), r.getAwareAt(), r.getFirstSeenAt(),
                r.getSectors(), r.getAffectedSystems(), r.getAffectedPeople());
    }

    String toJson() {
        return JSONB.toJson(this);
    }

    public static ReportSnapshot fromJson(String json) {
        return JSONB.fromJson(json, ReportSnapshot.class);
    }
}
