package org.accord.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kept version of a report: the state right after a change, who made it, when and what kind. */
@Entity
@Table(name = "report_version")
@NamedQuery(name = "ReportVersion.ofReport",
        query = "select v from ReportVersion v where v.reportId = :reportId order by v.version")
public class ReportVersion {

    @Id
    @SequenceGenerator(name = "report_version_seq", sequenceName = "report_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_version_seq")
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;

    @Column(nullable = false, updatable = false)
    private long version;

    @Column(nullable = false, updatable = false)
    private String change;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ReportVersion() {
    }

    ReportVersion(IncidentReport report, String change, String snapshot) {
        this.reportId = report.getId();
        this.version = report.getVersion();
        this.change = change;
        this.snapshot = snapshot;
        this.changedBy = report.getUpdatedBy();
        this.changedAt = report.getUpdatedAt();
    }

    public long getVersion() {
        return version;
    }

    public String getChange() {
        return change;
    }

    /** The report's fields at this version, as JSON (see {@link ReportSnapshot}). */
    public String getSnapshot() {
        return snapshot;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
