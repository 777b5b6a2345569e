package org.accord.exchangelog.verifier;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying a downloaded log: one line per check, in the order they ran, and either the
 * counts of what was verified or the failure that decides the verdict.
 *
 * @param checks            one human-readable line per check
 * @param entriesVerified   entries covered by a verified signed tree head
 * @param leafOnly          of the entries read, those given as their leaf hash only (not visible to the
 *                          downloader): covered by the signed roots, their fields not checked
 * @param treeHeadsVerified signed tree heads whose signature and root both verified
 * @param failure           empty when everything verified
 */
public record VerificationReport(List<String> checks, long entriesVerified, long leafOnly, int treeHeadsVerified,
        Optional<Failure> failure) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public boolean ok() {
        return failure.isEmpty();
    }

    /**
     * {@code OK: N entries, M tree heads verified} (with {@code (K as leaf hash only)} after N when some
     * entries were not visible to the downloader) or the failure's {@link Failure#summary()}.
     */
    public String summary() {
        return failure.map(Failure::summary).orElse("OK: " + entriesVerified + " entries"
                + (leafOnly > 0 ? " (" + leafOnly + " as leaf hash only)" : "") + ", " + treeHeadsVerified
                + " tree heads verified");
    }
}
