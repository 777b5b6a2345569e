package org.accord.agreement;

import java.util.List;

/** The closed vocabularies of an agreement's terms, in their wire names (issue 3). */
public final class Terms {

    public static final List<String> LEGAL_BASIS_KINDS =
            List.of("bilateral-mou", "csirts-network", "budapest-convention", "other");

    public static final List<String> REQUEST_TYPES = List.of("information-request", "mitigation-takedown",
            "evidence-preservation", "investigation-support", "attribution-clarification");

    public static final List<String> EVIDENCE_CATEGORIES =
            List.of("logs", "network-captures", "malware-samples", "personal-data");

    private Terms() {
    }
}
