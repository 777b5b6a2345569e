package org.accord.evidence;

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
import java.time.ZoneOffset;
import org.accord.incident.Tlp;

/**
 * One evidence file of a report (PRODUCT.md, "Evidence"): what the owner said about it (category, TLP,
 * description, a sanitized display name) and what the server found (size, SHA-256, sniffed media type).
 * The bytes are in the {@link EvidenceStore} under {@link #getStorageKey()}. Facts about the content never
 * change; only the integrity state does, as reads find the bytes intact or not.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = "Evidence.byReference", query = "select e from Evidence e where e.reference = :reference")
public class Evidence {

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    /** Readable id, e.g. {@code EV-2026-000050}: year of upload and the database id. */
    @Column(nullable = false, unique = true)
    private String reference;

    @Column(name = "report_reference", nullable = false, updatable = false)
    private String reportReference;
    @Column(name = "owner_country", nullable = false, updatable = false)
    private String ownerCountry;
    @Column(name = "display_name", nullable = false, updatable = false)
    private String displayName;
    @Column(nullable = false, updatable = false)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Tlp tlp;
    @Column(updatable = false)
    private String description;
    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "storage_key", nullable = false, updatable = false)
    private String storageKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Integrity integrity = Integrity.INTACT;
    @Column(name = "last_verified_at")
    private Instant lastVerifiedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected Evidence() {
    }

    public Evidence(UploadPlan plan, StoredContent content, String user, Instant now) {
        this.reportReference = plan.reportReference();
        this.ownerCountry = plan.ownerCountry();
        this.displayName = plan.displayName();
        this.category = plan.category().wire();
        this.tlp = plan.tlp();
        this.description = plan.description();
        this.mediaType = content.mediaType();
        this.size = content.size();
        this.sha256 = content.sha256();
        this.storageKey = content.key();
        this.uploadedBy = user;
        this.uploadedAt = now;
        this.lastVerifiedAt = now;
        this.reference = "EV-pending-" + now.toEpochMilli();
    }

    /** Gives the readable id once the database id is known. */
    void assignReference() {
        reference = String.format("EV-%d-%06d", uploadedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    public boolean isDamaged() {
        return integrity == Integrity.DAMAGED;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getReportReference() { return reportReference; }
    public String getOwnerCountry() { return ownerCountry; }
    public String getDisplayName() { return displayName; }
    public String getCategory() { return category; }
    public Tlp getTlp() { return tlp; }
    public String getDescription() { return description; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public Integrity getIntegrity() { return integrity; }
    public Instant getLastVerifiedAt() { return lastVerifiedAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public long getVersion() { return version; }
}
