package org.accord.exchangelog.verifier;

/**
 * What the verifier found wrong. An entry failure names the first bad entry: exactly
 * ({@code firstBadSeq == lastBadSeq}) when a line gives itself away (wrong seq, claimed hash that does
 * not match its fields), or as the range between the largest signed tree head that still matches and the
 * smallest that does not. A tree head failure (bad signature, fork) names no entry
 * ({@code firstBadSeq == -1}).
 *
 * @param firstBadSeq the first seq that may be bad, or -1
 * @param lastBadSeq  the last seq that may be the first bad one, or -1
 * @param reason      what is wrong, for people
 */
public record Failure(long firstBadSeq, long lastBadSeq, String reason) {

    static Failure atEntry(long seq, String reason) {
        return new Failure(seq, seq, reason);
    }

    static Failure inRange(long firstSeq, long lastSeq, String reason) {
        return new Failure(firstSeq, lastSeq, reason);
    }

    static Failure ofTreeHeads(String reason) {
        return new Failure(-1, -1, reason);
    }

    public boolean namesEntry() {
        return firstBadSeq >= 0;
    }

    /** The verifier's final line for this failure. */
    public String summary() {
        if (!namesEntry()) {
            return "FAILED: " + reason;
        }
        String seq = firstBadSeq == lastBadSeq ? "seq=" + firstBadSeq : "seq in " + firstBadSeq + ".." + lastBadSeq;
        return "FAILED: first bad entry " + seq + " (" + reason + ")";
    }
}
