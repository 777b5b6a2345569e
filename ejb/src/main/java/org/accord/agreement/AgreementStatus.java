package org.accord.agreement;

/**
 * The status a caller sees, derived from the stored state, the validity dates and the clock
 * ({@link Agreement#statusAt}); never stored, so it never goes stale.
 */
public enum AgreementStatus {
    PROPOSED, RATIFIED, IN_FORCE, REJECTED, SUSPENDED, TERMINATED, EXPIRED, SUPERSEDED;

    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<AgreementStatus> fromWire(String wire) {
        return java.util.Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}
