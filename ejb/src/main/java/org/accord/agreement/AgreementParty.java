package org.accord.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One party country of an agreement and its ratification (who and when), if it ratified. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty {

    @Id
    @SequenceGenerator(name = "agreement_party_seq", sequenceName = "agreement_party_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_party_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "country_code", nullable = false, updatable = false)
    private String country;

    @Column(name = "ratified_by")
    private String ratifiedBy;

    @Column(name = "ratified_at")
    private Instant ratifiedAt;

    protected AgreementParty() {
    }

    AgreementParty(Agreement agreement, String country) {
        this.agreement = agreement;
        this.country = country;
    }

    void ratify(String user, Instant at) {
        this.ratifiedBy = user;
        this.ratifiedAt = at;
    }

    public boolean hasRatified() {
        return ratifiedAt != null;
    }

    public String getCountry() {
        return country;
    }

    public String getRatifiedBy() {
        return ratifiedBy;
    }

    public Instant getRatifiedAt() {
        return ratifiedAt;
    }
}
