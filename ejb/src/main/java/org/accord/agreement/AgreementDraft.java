package org.accord.agreement;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.accord.incident.Tlp;

/**
 * What a liaison proposes: parties, legal basis, validity and terms, in wire names. Whether the
 * parties are registered countries and include the proposer is checked by the service.
 */
public record AgreementDraft(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String legalBasis,
        @NotBlank String legalBasisKind,
        @NotNull @Size(min = 2, max = 50, message = "must name two or more countries") List<String> parties,
        @NotNull LocalDate validFrom,
        @NotNull LocalDate validTo,
        @NotNull @Size(min = 1, message = "must allow at least one request type") List<String> requestTypes,
        @NotBlank String maxTlp,
        List<String> evidenceCategories,
        @NotNull @Min(1) Integer ackHours,
        @NotNull @Min(1) Integer answerBusinessDays,
        @NotNull @Min(1) Integer retentionDays,
        @NotNull Boolean onwardSharing,
        @Min(0) @Max(365) Integer expiryGraceDays) {

    /** Unless the parties agree otherwise, an unanswered request expires five days after its deadline. */
    public static final int DEFAULT_EXPIRY_GRACE_DAYS = 5;


    public AgreementDraft {
        parties = parties == null ? null : parties.stream().map(p -> p == null ? "" : p.trim().toUpperCase()).toList();
        requestTypes = requestTypes == null ? null : List.copyOf(requestTypes);
        evidenceCategories = evidenceCategories == null ? List.of() : List.copyOf(evidenceCategories);
        expiryGraceDays = expiryGraceDays == null ? DEFAULT_EXPIRY_GRACE_DAYS : expiryGraceDays;
    }

    @AssertTrue(message = "must be one of bilateral-mou, csirts-network, budapest-convention, other")
    public boolean isLegalBasisKind() {
        return legalBasisKind == null || legalBasisKind.isBlank() || Terms.LEGAL_BASIS_KINDS.contains(legalBasisKind);
    }

    @AssertTrue(message = "must name each country once")
    public boolean isParties() {
        return parties == null || parties.stream().distinct().count() == parties.size();
    }

    @AssertTrue(message = "must be after validFrom")
    public boolean isValidTo() {
        return validFrom == null || validTo == null || validFrom.isBefore(validTo);
    }

    @AssertTrue(message = "each must be one of information-request, mitigation-takedown, evidence-preservation, "
            + "investigation-support, attribution-clarification, once")
    public boolean isRequestTypes() {
        return requestTypes == null || (Terms.REQUEST_TYPES.containsAll(requestTypes)
                && requestTypes.stream().distinct().count() == requestTypes.size());
    }

    @AssertTrue(message = "must be a TLP 2.0 label: CLEAR, GREEN, AMBER, AMBER+STRICT or RED")
    public boolean isMaxTlp() {
        return maxTlp == null || maxTlp.isBlank() || Tlp.fromLabel(maxTlp).isPresent();
    }

    @AssertTrue(message = "each must be one of logs, network-captures, malware-samples, personal-data, once")
    public boolean isEvidenceCategories() {
        return Terms.EVIDENCE_CATEGORIES.containsAll(evidenceCategories)
                && evidenceCategories.stream().distinct().count() == evidenceCategories.size();
    }
}
