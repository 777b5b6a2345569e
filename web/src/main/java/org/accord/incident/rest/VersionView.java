package org.accord.incident.rest;

import java.time.Instant;
import org.accord.incident.ReportSnapshot;
import org.accord.incident.ReportVersion;

/** One version in a report's history: what changed, who changed it, when, and the fields after it. */
public record VersionView(long version, String change, String changedBy, Instant changedAt, ReportSnapshot fields) {

    static VersionView of(ReportVersion v, boolean contentVisible) {
        ReportSnapshot s = ReportSnapshot.fromJson(v.getSnapshot());
        ReportSnapshot shown = contentVisible ? s : new ReportSnapshot(s.title(), null, s.rsitClass(), s.rsitType(),
                s.severity(), s.tlp(), s.status(), s.nis2Stage(), s.awareAt(), s.firstSeenAt(), s.sectors(),
                s.affectedSystems(), s.affectedPeople());
        return new VersionView(v.getVersion(), v.getChange(), v.getChangedBy(), v.getChangedAt(), shown);
    }
}
