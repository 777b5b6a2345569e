package org.accord.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A committed import into a report: what was read and what became of it (docs/indicators.md, "Ingest"). */
@Entity
@Table(name = "indicator_import")
public class IndicatorImport {

    @Id
    @SequenceGenerator(name = "indicator_import_seq", sequenceName = "indicator_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_import_seq")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false)
    private String format;

    @Column(name = "skip_invalid", nullable = false)
    private boolean skipInvalid;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    private long added;
    private long merged;
    private long skipped;
    private long matched;
    private long conflicts;
    private long unmatched;

    @Column(name = "not_routable", nullable = false)
    private long notRoutable;

    /** The first refused lines as JSON ({@code [{line, value, reason}]}), for skip-invalid imports. */
    @Column(name = "line_errors", nullable = false)
    private String lineErrors;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    private long millis;

    /** What a STIX import kept as context, as JSON ({@link ImportContext}); null for other formats. */
    private String context;

    /** The job that ran this import (docs/indicators.md, "Progress and cancelling"). */
    @Column(name = "job_id")
    private String jobId;

    protected IndicatorImport() {
    }

    IndicatorImport(long reportId, ImportFormat format, boolean skipInvalid, ImportCounts counts, String lineErrors,
            String importedBy, Instant importedAt, long millis, String jobId) {
        this.reportId = reportId;
        this.format = format.wire();
        this.skipInvalid = skipInvalid;
        this.linesRead = counts.lines;
        this.added = counts.added;
        this.merged = counts.merged;
        this.skipped = counts.skipped;
        this.matched = counts.byRouting[Routing.MATCHED.ordinal()];
        this.conflicts = counts.byRouting[Routing.CONFLICT.ordinal()];
        this.unmatched = counts.byRouting[Routing.UNMATCHED.ordinal()];
        this.notRoutable = counts.byRouting[Routing.NONE.ordinal()];
        this.lineErrors = lineErrors;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.millis = millis;
        this.jobId = jobId;
    }

    void keptContext(ImportContext kept) {
        this.context = kept == null ? null : kept.toJson();
    }

    public ImportContext getContext() {
        return ImportContext.fromJson(context);
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getFormat() {
        return format;
    }

    public boolean isSkipInvalid() {
        return skipInvalid;
    }

    public long getLinesRead() {
        return linesRead;
    }

    public long getAdded() {
        return added;
    }

    public long getMerged() {
        return merged;
    }

    public long getSkipped() {
        return skipped;
    }

    public long getMatched() {
        return matched;
    }

    public long getConflicts() {
        return conflicts;
    }

    public long getUnmatched() {
        return unmatched;
    }

    public long getNotRoutable() {
        return notRoutable;
    }

    public String getLineErrors() {
        return lineErrors;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public long getMillis() {
        return millis;
    }

    public String getJobId() {
        return jobId;
    }
}
