package org.accord.agreement.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/** Words for the agreement codes that {@code labels.words} would spell badly (MoU, CSIRTs Network). */
@Named("agreementLabels")
@ApplicationScoped
public class AgreementLabels {

    private static final Map<String, String> KINDS = Map.of(
            "bilateral-mou", "Bilateral MoU",
            "csirts-network", "CSIRTs Network",
            "budapest-convention", "Budapest Convention",
            "other", "Other");

    /** {@code bilateral-mou} → {@code Bilateral MoU}. */
    public String kind(String code) {
        return code == null ? "" : KINDS.getOrDefault(code, code);
    }
}
