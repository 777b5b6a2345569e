package org.accord.agreement.rest;

import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.AgreementDraft;

/**
 * Body of a proposal or a new version. It has no id, status, version or ratifications: those come
 * from the agreement's life, and a body that carries them is refused as an unknown field.
 */
public record AgreementInput(String title, String legalBasis, String legalBasisKind, List<String> parties,
        LocalDate validFrom, LocalDate validTo, List<String> requestTypes, String maxTlp,
        List<String> evidenceCategories, Integer ackHours, Integer answerBusinessDays, Integer retentionDays,
        Boolean onwardSharing, Integer expiryGraceDays) {

    AgreementDraft toDraft() {
        return new AgreementDraft(title, legalBasis, legalBasisKind, parties, validFrom, validTo, requestTypes, maxTlp,
                evidenceCategories, ackHours, answerBusinessDays, retentionDays, onwardSharing, expiryGraceDays);
    }
}
