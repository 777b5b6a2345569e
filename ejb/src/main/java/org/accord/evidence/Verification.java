package org.accord.evidence;

import java.time.Instant;

/** What a check of the stored bytes found: the recorded hash and size, the actual ones, and when. */
public record Verification(String reference, boolean intact, String expectedSha256, String actualSha256,
        long expectedSize, long actualSize, Instant at) {
}
