package org.accord.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an evidence file is (issue 4). The first four are agreement terms ({@code Terms.EVIDENCE_CATEGORIES}):
 * sharing one needs an agreement that lists it. {@code document} and {@code other} need only an agreement
 * in force whose TLP ceiling allows the evidence.
 */
public enum EvidenceCategory {
    LOGS("logs"), NETWORK_CAPTURES("network-captures"), MALWARE_SAMPLES("malware-samples"),
    PERSONAL_DATA("personal-data"), DOCUMENT("document"), OTHER("other");

    private final String wire;

    EvidenceCategory(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<EvidenceCategory> fromWire(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire.equals(wire)).findFirst();
    }
}
