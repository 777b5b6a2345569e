package org.accord.indicator;

/**
 * An import job as its readers see it: {@code state} is running, committed (then {@code importId} names the
 * committed import), rejected, cancelled, failed, or interrupted (its node or database stopped answering).
 */
public record ImportProgress(ImportJob job, String state, Long importId) {
}
