package org.accord.incident.ui;

import java.time.Instant;
import org.accord.incident.ReportSnapshot;
import org.accord.incident.ReportVersion;

/** One line of a report's history: the version, the change, who made it and when, and the title it left. */
public final class VersionRow {

    private final long version;
    private final String change;
    private final String changedBy;
    private final Instant changedAt;
    private final String title;

    private VersionRow(ReportVersion v) {
        this.version = v.getVersion();
        this.change = v.getChange();
        this.changedBy = v.getChangedBy();
        this.changedAt = v.getChangedAt();
        this.title = ReportSnapshot.fromJson(v.getSnapshot()).title();
    }

    static VersionRow of(ReportVersion v) {
        return new VersionRow(v);
    }

    public long getVersion() {
        return version;
    }

    public String getChange() {
        return change;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** The title is metadata, shown even to an auditor who may not read a TLP:RED report's content. */
    public String getTitle() {
        return title;
    }
}
