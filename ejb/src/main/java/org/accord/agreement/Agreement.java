package org.accord.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accord.common.ConflictException;
import org.accord.incident.Tlp;

/**
 * Rules that two or more countries agreed to (PRODUCT.md, "Agreement"). Terms never change in place:
 * a change is a new version ({@link #successor}) ratified again. The entity guards its lifecycle;
 * the status a caller sees is derived from the stored state, the validity and the clock
 * ({@link #statusAt}). Validity: {@code validFrom <= day < validTo}, days in UTC.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(name = "Agreement.byReference", query = "select a from Agreement a where a.reference = :reference")
public class Agreement {

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    /** Readable id, e.g. {@code AG-2026-0050}: year of proposal and the database id. */
    @Column(nullable = false, unique = true)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String title;
    @Column(name = "legal_basis", nullable = false, updatable = false)
    private String legalBasis;
    @Column(name = "legal_basis_kind", nullable = false, updatable = false)
    private String legalBasisKind;
    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;
    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;
    @Column(name = "request_types", nullable = false, updatable = false)
    private String requestTypes;
    @Enumerated(EnumType.STRING)
    @Column(name = "max_tlp", nullable = false, updatable = false)
    private Tlp maxTlp;
    @Column(name = "evidence_categories", nullable = false, updatable = false)
    private String evidenceCategories;
    @Column(name = "ack_hours", nullable = false, updatable = false)
    private int ackHours;
    @Column(name = "answer_business_days", nullable = false, updatable = false)
    private int answerBusinessDays;
    @Column(name = "retention_days", nullable = false, updatable = false)
    private int retentionDays;
    @Column(name = "onward_sharing", nullable = false, updatable = false)
    private boolean onwardSharing;
    /** Days after the answer deadline until an unanswered request expires. */
    @Column(name = "expiry_grace_days", nullable = false, updatable = false)
    private int expiryGraceDays;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;
    /** Reference of the agreement this version replaces, if any. */
    @Column(updatable = false)
    private String supersedes;
    /** When a successor version took (or takes) effect; from then this one is superseded. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementState state = AgreementState.PROPOSED;
    @Column(name = "state_reason")
    private String stateReason;
    @Column(name = "state_changed_by")
    private String stateChangedBy;
    @Column(name = "state_changed_at")
    private Instant stateChangedAt;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("country")
    private List<AgreementParty> parties = new ArrayList<>();

    @Version
    private long version;

    protected Agreement() {
    }

    /** A proposal; the proposer's country counts as ratified from now. */
    public Agreement(AgreementDraft draft, String proposerCountry, String user, Instant now) {
        this.title = draft.title();
        this.legalBasis = draft.legalBasis();
        this.legalBasisKind = draft.legalBasisKind();
        this.validFrom = draft.validFrom();
        this.validTo = draft.validTo();
        this.requestTypes = String.join(",", draft.requestTypes());
        this.maxTlp = Tlp.fromLabel(draft.maxTlp()).orElseThrow();
        this.evidenceCategories = String.join(",", draft.evidenceCategories());
        this.ackHours = draft.ackHours();
        this.answerBusinessDays = draft.answerBusinessDays();
        this.retentionDays = draft.retentionDays();
        this.onwardSharing = draft.onwardSharing();
        this.expiryGraceDays = draft.expiryGraceDays();
        this.versionNumber = 1;
        this.proposedBy = user;
        this.proposedAt = now;
        draft.parties().stream().sorted().forEach(c -> parties.add(new AgreementParty(this, c)));
        party(proposerCountry).ratify(user, now);
        this.reference = "AG-" + now.atZone(ZoneOffset.UTC).getYear() + "-pending-" + now.toEpochMilli();
    }

    /** Gives the readable id once the database id is known. */
    public void assignReference() {
        reference = String.format("AG-%d-%04d", proposedAt.atZone(ZoneOffset.UTC).getYear(), id);
    }

    /**
     * The next version with new terms; only of an agreement in force or suspended, and only while no
     * other new version of it is pending ({@code pending}: its successors still proposed or ratified).
     */
    public Agreement successor(AgreementDraft draft, String proposerCountry, String user, Instant now,
            List<Agreement> pending) {
        AgreementStatus status = statusAt(now);
        if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.SUSPENDED) {
            throw conflict(status, "get a new version");
        }
        if (pending.stream().anyMatch(p -> p.statusAt(now) == AgreementStatus.PROPOSED)) {
            throw new ConflictException("Agreement " + reference + " already has a new version awaiting ratification");
        }
        Agreement next = new Agreement(draft, proposerCountry, user, now);
        next.versionNumber = versionNumber + 1;
        next.supersedes = reference;
        return next;
    }

    public AgreementStatus statusAt(Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        if (supersededAt != null && !now.isBefore(supersededAt)
                && (state == AgreementState.RATIFIED || state == AgreementState.SUSPENDED)) {
            return AgreementStatus.SUPERSEDED;
        }
        return switch (state) {
            case PROPOSED -> today.isBefore(validTo) ? AgreementStatus.PROPOSED : AgreementStatus.EXPIRED;
            case RATIFIED -> !today.isBefore(validTo) ? AgreementStatus.EXPIRED
                    : today.isBefore(validFrom) ? AgreementStatus.RATIFIED : AgreementStatus.IN_FORCE;
            case SUSPENDED -> today.isBefore(validTo) ? AgreementStatus.SUSPENDED : AgreementStatus.EXPIRED;
            case REJECTED -> AgreementStatus.REJECTED;
            case TERMINATED -> AgreementStatus.TERMINATED;
        };
    }

    /** Ratifies for {@code country}; once every party ratified the agreement is ratified. */
    public void ratify(String country, String user, Instant now) {
        requireStatus(now, "be ratified", AgreementStatus.PROPOSED);
        AgreementParty party = party(country);
        if (party.hasRatified()) {
            throw new ConflictException("Agreement " + reference + " is already ratified by " + country);
        }
        party.ratify(user, now);
        // always touches the agreement itself, so two last ratifications at once collide on its version
        stateChangedBy = user;
        stateChangedAt = now;
        if (parties.stream().allMatch(AgreementParty::hasRatified)) {
            state = AgreementState.RATIFIED;
        }
    }

    public void reject(String country, String user, String reason, Instant now) {
        requireStatus(now, "be rejected", AgreementStatus.PROPOSED);
        if (party(country).hasRatified()) {
            throw new ConflictException("Agreement " + reference + " is already ratified by " + country);
        }
        change(AgreementState.REJECTED, user, reason, now);
    }

    public void suspend(String user, String reason, Instant now) {
        requireStatus(now, "be suspended", AgreementStatus.IN_FORCE, AgreementStatus.RATIFIED);
        change(AgreementState.SUSPENDED, user, reason, now);
    }

    public void terminate(String user, String reason, Instant now) {
        requireStatus(now, "be terminated", AgreementStatus.PROPOSED, AgreementStatus.RATIFIED,
                AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED);
        change(AgreementState.TERMINATED, user, reason, now);
    }

    /** Marks this version as replaced by {@code next}, from the moment {@code next} is in force. */
    void supersededBy(Agreement next, Instant now) {
        Instant start = next.validFrom.atStartOfDay(ZoneOffset.UTC).toInstant();
        supersededAt = start.isAfter(now) ? start : now;
    }

    boolean isFullyRatified() {
        return state == AgreementState.RATIFIED;
    }

    public boolean allowsRequestType(String type) {
        return getRequestTypes().contains(type);
    }

    public boolean isParty(String country) {
        return parties.stream().anyMatch(p -> p.getCountry().equals(country));
    }

    private AgreementParty party(String country) {
        return parties.stream().filter(p -> p.getCountry().equals(country)).findFirst()
                .orElseThrow(() -> new ConflictException(country + " is not a party to agreement " + reference));
    }

    private void change(AgreementState next, String user, String reason, Instant now) {
        state = next;
        stateReason = reason;
        stateChangedBy = user;
        stateChangedAt = now;
    }

    private void requireStatus(Instant now, String action, AgreementStatus... allowed) {
        AgreementStatus status = statusAt(now);
        if (!Arrays.asList(allowed).contains(status)) {
            throw conflict(status, action);
        }
    }

    private ConflictException conflict(AgreementStatus status, String action) {
        return new ConflictException("Agreement " + reference + " is " + status.wire() + " and cannot " + action);
    }

    public List<String> getPartyCountries() {
        return parties.stream().map(AgreementParty::getCountry).toList();
    }

    public List<AgreementParty> getParties() { return List.copyOf(parties); }
    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getLegalBasis() { return legalBasis; }
    public String getLegalBasisKind() { return legalBasisKind; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public List<String> getRequestTypes() { return split(requestTypes); }
    public Tlp getMaxTlp() { return maxTlp; }
    public List<String> getEvidenceCategories() { return split(evidenceCategories); }
    public int getAckHours() { return ackHours; }
    public int getAnswerBusinessDays() { return answerBusinessDays; }
    public int getRetentionDays() { return retentionDays; }
    public boolean isOnwardSharing() { return onwardSharing; }
    public int getExpiryGraceDays() { return expiryGraceDays; }
    public int getVersionNumber() { return versionNumber; }
    public String getSupersedes() { return supersedes; }
    public String getStateReason() { return stateReason; }
    public String getStateChangedBy() { return stateChangedBy; }
    public Instant getStateChangedAt() { return stateChangedAt; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public long getVersion() { return version; }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
