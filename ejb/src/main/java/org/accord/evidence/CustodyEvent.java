package org.accord.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One link of an evidence file's chain of custody (issue 4, item 6): what happened, who did it, when, with
 * which partner country and agreement, and the SHA-256 the event saw. Append-only: never changed.
 */
@Entity
@Table(name = "evidence_custody")
public class CustodyEvent {

    public static final String UPLOADED = "uploaded";
    public static final String SHARED = "shared";
    public static final String SHARE_REFUSED = "share-refused";
    public static final String DOWNLOADED = "downloaded";
    public static final String VERIFIED = "verified";
    public static final String INTEGRITY_FAILED = "integrity-failed";
    public static final String REVOKED = "revoked";
    public static final String PURGED = "purged";

    @Id
    @SequenceGenerator(name = "evidence_custody_seq", sequenceName = "evidence_custody_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_custody_seq")
    private Long id;

    @Column(name = "evidence_id", nullable = false, updatable = false)
    private Long evidenceId;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, updatable = false)
    private String event;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(name = "actor_country", nullable = false, updatable = false)
    private String actorCountry;
    @Column(name = "partner_country", updatable = false)
    private String partnerCountry;
    @Column(name = "agreement_ref", updatable = false)
    private String agreementReference;
    @Column(updatable = false)
    private String sha256;
    @Column(updatable = false)
    private String detail;

    protected CustodyEvent() {
    }

    public CustodyEvent(Long evidenceId, Instant at, String event, String actor, String actorCountry,
            String partnerCountry, String agreementReference, String sha256, String detail) {
        this.evidenceId = evidenceId;
        this.at = at;
        this.event = event;
        this.actor = actor;
        this.actorCountry = actorCountry;
        this.partnerCountry = partnerCountry;
        this.agreementReference = agreementReference;
        this.sha256 = sha256;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() { return id; }
    public Long getEvidenceId() { return evidenceId; }
    public Instant getAt() { return at; }
    public String getEvent() { return event; }
    public String getActor() { return actor; }
    public String getActorCountry() { return actorCountry; }
    public String getPartnerCountry() { return partnerCountry; }
    public String getAgreementReference() { return agreementReference; }
    public String getSha256() { return sha256; }
    public String getDetail() { return detail; }
}
