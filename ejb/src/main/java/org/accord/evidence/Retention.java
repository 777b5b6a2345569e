package org.accord.evidence;

import java.time.Duration;
import java.time.Instant;

/**
 * Retention of exchanged evidence (PRODUCT.md, "Agreement": "retention of exchanged evidence"): a share
 * lasts the agreement's {@code retentionDays} from the moment of sharing, to the microsecond; at that
 * instant the receiver's access ends.
 */
public final class Retention {

    private Retention() {
    }

    public static Instant expiresAt(Instant sharedAt, int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retention must be at least one day, not " + retentionDays);
        }
        return sharedAt.plus(Duration.ofDays(retentionDays));
    }

    /** Whether the receiver's access has ended at {@code now}: from {@code expiresAt} on, inclusive. */
    public static boolean isOver(Instant expiresAt, Instant now) {
        return !now.isBefore(expiresAt);
    }
}
