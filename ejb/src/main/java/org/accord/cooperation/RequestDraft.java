package org.accord.cooperation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.accord.agreement.Terms;

/**
 * What a sender submits: the requested country, the type, a title and body, the sender's reports it
 * is about, and optionally the agreement it invokes (otherwise the one in force that covers it).
 */
public record RequestDraft(
        @NotBlank String requestedCountry,
        @NotBlank String type,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String body,
        @NotNull @Size(min = 1, max = 50, message = "must name between 1 and 50 of your reports") List<String> reports,
        String agreement) {

    public RequestDraft {
        requestedCountry = requestedCountry == null ? null : requestedCountry.strip().toUpperCase();
        reports = reports == null ? null : reports.stream().map(r -> r == null ? "" : r.strip()).distinct().toList();
        agreement = agreement == null || agreement.isBlank() ? null : agreement.strip();
    }

    @AssertTrue(message = "must be one of information-request, mitigation-takedown, evidence-preservation, "
            + "investigation-support, attribution-clarification")
    public boolean isType() {
        return type == null || type.isBlank() || Terms.REQUEST_TYPES.contains(type);
    }
}
