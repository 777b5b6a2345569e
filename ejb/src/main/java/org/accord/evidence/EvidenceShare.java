package org.accord.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.accord.common.ConflictException;

/**
 * Evidence shared with a partner country under an agreement (issue 4, item 5). The receiver sees the
 * evidence while the share is active and before {@link #getExpiresAt()}: the agreement's retention for
 * exchanged evidence, counted from the moment of sharing. Then it is purged; the owner may revoke it before.
 */
@Entity
@Table(name = "evidence_share")
public class EvidenceShare {

    @Id
    @SequenceGenerator(name = "evidence_share_seq", sequenceName = "evidence_share_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_share_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "evidence_id", nullable = false, updatable = false)
    private Evidence evidence;

    @Column(name = "country_code", nullable = false, updatable = false)
    private String country;
    @Column(name = "agreement_ref", nullable = false, updatable = false)
    private String agreementReference;
    @Column(name = "shared_by", nullable = false, updatable = false)
    private String sharedBy;
    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShareStatus status = ShareStatus.ACTIVE;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected EvidenceShare() {
    }

    public EvidenceShare(Evidence evidence, String country, String agreementReference, int retentionDays,
            String user, Instant now) {
        this.evidence = evidence;
        this.country = country;
        this.agreementReference = agreementReference;
        this.sharedBy = user;
        this.sharedAt = now;
        this.expiresAt = Retention.expiresAt(now, retentionDays);
    }

    /** Whether the receiver may see the evidence at {@code now}. */
    public boolean isOpenAt(Instant now) {
        return status == ShareStatus.ACTIVE && !Retention.isOver(expiresAt, now);
    }

    void revoke(String user, Instant now) {
        end(ShareStatus.REVOKED, user, now);
    }

    void purge(String user, Instant now) {
        end(ShareStatus.PURGED, user, now);
    }

    private void end(ShareStatus next, String user, Instant now) {
        if (status != ShareStatus.ACTIVE) {
            throw new ConflictException("The share of " + evidence.getReference() + " with " + country + " is "
                    + status.wire());
        }
        status = next;
        endedBy = user;
        endedAt = now;
    }

    public Long getId() { return id; }
    public Evidence getEvidence() { return evidence; }
    public String getCountry() { return country; }
    public String getAgreementReference() { return agreementReference; }
    public String getSharedBy() { return sharedBy; }
    public Instant getSharedAt() { return sharedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public ShareStatus getStatus() { return status; }
    public String getEndedBy() { return endedBy; }
    public Instant getEndedAt() { return endedAt; }
}
