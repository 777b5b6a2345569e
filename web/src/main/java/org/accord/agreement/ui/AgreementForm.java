package org.accord.agreement.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementDraft;

/**
 * What the agreement form holds, in the wire values the service takes. The user picks partner
 * countries; the parties the service judges are the caller's country plus those partners.
 */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String legalBasisKind;
    private String legalBasis;
    private List<String> parties = new ArrayList<>();
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<String> requestTypes = new ArrayList<>();
    private String maxTlp;
    private List<String> evidenceCategories = new ArrayList<>();
    private Integer ackHours;
    private Integer answerBusinessDays;
    private Integer retentionDays;
    private boolean onwardSharing;
    private Integer expiryGraceDays = AgreementDraft.DEFAULT_EXPIRY_GRACE_DAYS;

    /** A new proposal: valid from today (UTC) for a year. */
    static AgreementForm fresh(LocalDate today) {
        AgreementForm form = new AgreementForm();
        form.validFrom = today;
        form.validTo = today.plusYears(1);
        return form;
    }

    /** A new version starts as a copy of the agreement it replaces. */
    static AgreementForm of(Agreement a, String ownCountry) {
        AgreementForm form = new AgreementForm();
        form.title = a.getTitle();
        form.legalBasisKind = a.getLegalBasisKind();
        form.legalBasis = a.getLegalBasis();
        form.parties = new ArrayList<>(a.getPartyCountries().stream().filter(c -> !c.equals(ownCountry)).toList());
        form.validFrom = a.getValidFrom();
        form.validTo = a.getValidTo();
        form.requestTypes = new ArrayList<>(a.getRequestTypes());
        form.maxTlp = a.getMaxTlp() == null ? null : a.getMaxTlp().label();
        form.evidenceCategories = new ArrayList<>(a.getEvidenceCategories());
        form.ackHours = a.getAckHours();
        form.answerBusinessDays = a.getAnswerBusinessDays();
        form.retentionDays = a.getRetentionDays();
        form.onwardSharing = a.isOnwardSharing();
        form.expiryGraceDays = a.getExpiryGraceDays();
        return form;
    }

    AgreementDraft toDraft(String ownCountry) {
        List<String> all = Stream.concat(Stream.of(ownCountry), parties == null ? Stream.empty() : parties.stream())
                .distinct().toList();
        return new AgreementDraft(blankToNull(title), blankToNull(legalBasis), blankToNull(legalBasisKind), all,
                validFrom, validTo, requestTypes, blankToNull(maxTlp), evidenceCategories, ackHours,
                answerBusinessDays, retentionDays, onwardSharing, expiryGraceDays);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLegalBasisKind() { return legalBasisKind; }
    public void setLegalBasisKind(String legalBasisKind) { this.legalBasisKind = legalBasisKind; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> parties) { this.parties = parties; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public List<String> getRequestTypes() { return requestTypes; }
    public void setRequestTypes(List<String> requestTypes) { this.requestTypes = requestTypes; }
    public String getMaxTlp() { return maxTlp; }
    public void setMaxTlp(String maxTlp) { this.maxTlp = maxTlp; }
    public List<String> getEvidenceCategories() { return evidenceCategories; }
    public void setEvidenceCategories(List<String> evidenceCategories) { this.evidenceCategories = evidenceCategories; }
    public Integer getAckHours() { return ackHours; }
    public void setAckHours(Integer ackHours) { this.ackHours = ackHours; }
    public Integer getAnswerBusinessDays() { return answerBusinessDays; }
    public void setAnswerBusinessDays(Integer answerBusinessDays) { this.answerBusinessDays = answerBusinessDays; }
    public Integer getExpiryGraceDays() { return expiryGraceDays; }
    public void setExpiryGraceDays(Integer expiryGraceDays) { this.expiryGraceDays = expiryGraceDays; }
    public Integer getRetentionDays() { return retentionDays; }
    public void setRetentionDays(Integer retentionDays) { this.retentionDays = retentionDays; }
    public boolean isOnwardSharing() { return onwardSharing; }
    public void setOnwardSharing(boolean onwardSharing) { this.onwardSharing = onwardSharing; }
}
