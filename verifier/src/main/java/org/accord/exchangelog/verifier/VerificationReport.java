package org.accord.exchangelog.verifier;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying a downloaded log: one line per check, in the order they ran, and either the
 * counts of what was verified or the failure that decides the verdict.
 *
 * @param checks            one human-readable line per check
 * @param entriesVerified   entries covered by a verified signed tree head
 * @param treeHeadsVerified signed tree heads whose signature and root both verified
 * @param failure           empty when everything verified
 */
public record VerificationReport(List<String> checks, long entriesVerified, int treeHeadsVerified,
        Optional<Failure> failure) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    /** {@code OK: N entries, M tree heads verified} or the failure's {@link Failure#summary()}. */
    public String summary() {
        return failure.map(Failure::summary)
                .orElse("OK: " + entriesVerified + " entries, " + treeHeadsVerified + " tree heads verified");
    }
}
