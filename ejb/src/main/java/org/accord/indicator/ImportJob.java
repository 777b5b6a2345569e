package org.accord.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An import as a job every node can see (docs/indicators.md, "Progress and cancelling"): who started it, how far
 * it has read, whether someone asked to cancel it, and how it ended when it did not commit. That it committed is
 * known from the committed import naming the job ({@code indicator_import.job_id}), written in the import's own
 * transaction; a job whose node stopped answering is recognised by its stale heartbeat.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** A running import reports at least every 16,384 lines; silence this long means its node or database died. */
    static final Duration SILENCE = Duration.ofMinutes(2);

    @Id
    private String id;
    @Column(name = "report_id", nullable = false)
    private long reportId;
    @Column(name = "report_ref", nullable = false)
    private String reportReference;
    @Column(nullable = false)
    private String country;
    @Column(name = "username", nullable = false)
    private String user;
    @Column(nullable = false)
    private String format;
    @Column(name = "declared_bytes", nullable = false)
    private long declaredBytes;
    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;
    @Column(name = "lines_read", nullable = false)
    private long linesRead;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;
    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;
    /** {@code rejected}, {@code cancelled} or {@code failed}; null while running and when committed. */
    private String outcome;
    private String detail;

    protected ImportJob() {
    }

    ImportJob(String id, long reportId, String reportReference, String country, String user, ImportFormat format,
            long declaredBytes, Instant now) {
        this.id = id;
        this.reportId = reportId;
        this.reportReference = reportReference;
        this.country = country;
        this.user = user;
        this.format = format.wire();
        this.declaredBytes = declaredBytes;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    void progress(long lines, long bytes, Instant now) {
        this.linesRead = lines;
        this.bytesRead = bytes;
        this.heartbeatAt = now;
    }

    void requestCancel() {
        this.cancelRequested = true;
    }

    void end(String outcome, String detail, Instant now) {
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
        this.heartbeatAt = now;
    }

    /** Still running at {@code now}: not ended, and heard from lately. */
    boolean isRunning(Instant now) {
        return outcome == null && heartbeatAt.plus(SILENCE).isAfter(now);
    }

    public String getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public String getReportReference() {
        return reportReference;
    }

    public String getCountry() {
        return country;
    }

    public String getUser() {
        return user;
    }

    public String getFormat() {
        return format;
    }

    public long getDeclaredBytes() {
        return declaredBytes;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public long getLinesRead() {
        return linesRead;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
