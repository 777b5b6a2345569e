package org.accord.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.accord.common.ConflictException;

/**
 * One incident as reported by the country that owns it. The entity guards its own rules: only the
 * allowed status moves happen, and a closed report no longer changes.
 */
@Entity
@Table(name = "incident_report")
@NamedQuery(name = "IncidentReport.byReference",
        query = "select r from IncidentReport r where r.reference = :reference")
public class IncidentReport {

    @Id
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    private Long id;

    /** Readable id, e.g. {@code CN-2026-000123}: country, year of filing, number in that year. */
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "owner_country", nullable = false, updatable = false)
    private String ownerCountry;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "rsit_class", nullable = false)
    private String rsitClass;

    @Column(name = "rsit_type", nullable = false)
    private String rsitType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tlp tlp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "nis2_stage")
    private Nis2Stage nis2Stage;

    @Column(name = "aware_at", nullable = false)
    private Instant awareAt;

    @Column(name = "first_seen_at")
    private Instant firstSeenAt;

    /** NIS2 sectors, comma-separated. */
    @Column(nullable = false)
    private String sectors = "";

    @Column(name = "affected_systems")
    private Long affectedSystems;

    @Column(name = "affected_people")
    private Long affectedPeople;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected IncidentReport() {
    }

    IncidentReport(String reference, String ownerCountry, ReportDraft draft, String user, Instant now) {
        this.reference = reference;
        this.ownerCountry = ownerCountry;
        this.createdBy = user;
        this.createdAt = now;
        apply(draft, user, now);
    }

    void edit(ReportDraft draft, String user, Instant now) {
        if (status == ReportStatus.CLOSED) {
            throw new ConflictException("Report " + reference + " is closed and can no longer be edited");
        }
        apply(draft, user, now);
    }

    void moveTo(ReportStatus next, String user, Instant now) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("Report " + reference + " is " + status.wire() + " and cannot become "
                    + next.wire());
        }
        this.status = next;
        touch(user, now);
    }

    private void apply(ReportDraft draft, String user, Instant now) {
        this.title = draft.title().strip();
        this.description = draft.description();
        this.rsitClass = draft.rsitClass();
        this.rsitType = draft.rsitType();
        this.severity = Severity.fromWire(draft.severity()).orElseThrow();
        this.tlp = Tlp.fromLabel(draft.tlp()).orElseThrow();
        this.nis2Stage = draft.nis2Stage() == null || draft.nis2Stage().isBlank()
                ? null : Nis2Stage.fromWire(draft.nis2Stage()).orElseThrow();
        this.awareAt = draft.awareAt();
        this.firstSeenAt = draft.firstSeenAt();
        this.sectors = String.join(",", draft.sectors());
        this.affectedSystems = draft.affectedSystems();
        this.affectedPeople = draft.affectedPeople();
        touch(user, now);
    }

    private void touch(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public Nis2Clock nis2Clock() {
        return Nis2Clock.from(awareAt);
    }

    /** The next NIS2 deadline, or null when the final report was delivered or the report is closed. */
    public Instant nis2NextDue() {
        return status == ReportStatus.CLOSED ? null : nis2Clock().nextDue(nis2Stage);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getOwnerCountry() {
        return ownerCountry;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRsitClass() {
        return rsitClass;
    }

    public String getRsitType() {
        return rsitType;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Tlp getTlp() {
        return tlp;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Nis2Stage getNis2Stage() {
        return nis2Stage;
    }

    public Instant getAwareAt() {
        return awareAt;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public List<String> getSectors() {
        return sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split(","));
    }

    public Long getAffectedSystems() {
        return affectedSystems;
    }

    public Long getAffectedPeople() {
        return affectedPeople;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
