package org.accord.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementParty;

/** An agreement as the API shows it to a party or an auditor, with its status at the time of the call. */
public record AgreementView(String id, String title, String legalBasis, String legalBasisKind, List<PartyView> parties,
        LocalDate validFrom, LocalDate validTo, TermsView terms, String status, int versionNumber, String supersedes,
        String statusReason, String statusChangedBy, Instant statusChangedAt, String proposedBy, Instant proposedAt) {

    public record PartyView(String country, boolean ratified, String ratifiedBy, Instant ratifiedAt) {
        static PartyView of(AgreementParty p) {
            return new PartyView(p.getCountry(), p.hasRatified(), p.getRatifiedBy(), p.getRatifiedAt());
        }
    }

    public record TermsView(List<String> requestTypes, String maxTlp, List<String> evidenceCategories, int ackHours,
            int answerBusinessDays, int retentionDays, boolean onwardSharing, int expiryGraceDays) {
    }

    static AgreementView of(Agreement a, Instant now) {
        return new AgreementView(a.getReference(), a.getTitle(), a.getLegalBasis(), a.getLegalBasisKind(),
                a.getParties().stream().map(PartyView::of).toList(), a.getValidFrom(), a.getValidTo(),
                new TermsView(a.getRequestTypes(), a.getMaxTlp().label(), a.getEvidenceCategories(), a.getAckHours(),
                        a.getAnswerBusinessDays(), a.getRetentionDays(), a.isOnwardSharing(),
                        a.getExpiryGraceDays()),
                a.statusAt(now).wire(), a.getVersionNumber(), a.getSupersedes(), a.getStateReason(),
                a.getStateChangedBy(), a.getStateChangedAt(), a.getProposedBy(), a.getProposedAt());
    }
}
