package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.EntryFields;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * The leaf hash of one line of {@code entries.jsonl}, as fast as the line allows.
 * <p>
 * A line the portal wrote ({@link EntryLineWriter}) is its entry's canonical JSON plus a {@code leafHash}
 * member, so each value is already in canonical form: the canonical bytes are those value tokens, copied
 * in canonical member order, and nothing needs decoding into Strings (the fast way). Any line not in that
 * form (members escaped differently, countries unsorted, a null, an unknown member, an error) goes the
 * general way, {@link EntryLineParser} then {@link EntryEncoder}, which also words the error. Both ways give
 * the same bytes for the same entry; the fast way only takes lines whose every value it can prove
 * canonical and valid. Reusable, not thread-safe.
 */
public final class EntryLineHasher {

    /** What the line's {@code leafHash} says about the recomputed hash. */
    public enum Claim { NONE, MATCHES, DIFFERS }

    private static final int LEAF_HASH = CanonicalLineTokens.LEAF_HASH;
    /** Per member: what precedes its value in canonical JSON, such as {@code ,"actor":}. */
    private static final byte[][] PREFIXES = new byte[LEAF_HASH][];

    static {
        for (int i = 0; i < LEAF_HASH; i++) {
            PREFIXES[i] = ((i == 0 ? "{" : ",") + '"' + EntryFields.CANONICAL_ORDER.get(i) + "\":")
                    .getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final CanonicalLineTokens tokens = new CanonicalLineTokens();
    private final EntryLineParser parser = new EntryLineParser();
    private final EntryEncoder encoder = new EntryEncoder();
    private final MerkleHasher hasher = new MerkleHasher();
    private byte[] canonical = new byte[1024];
    private int canonicalLength;
    private Claim claim;

    /**
     * Writes the leaf hash of the entry in {@code text[start, end)} into {@code out} at {@code offset} and
     * returns the entry's seq; {@link #claim()} then tells how the line's {@code leafHash} compares.
     *
     * @throws IllegalArgumentException if the line is not a valid entry, saying why
     */
    public long hash(byte[] text, int start, int end, byte[] out, int offset) {
        boolean fast;
        try {
            fast = tokens.read(text, start, end);
        } catch (IllegalArgumentException e) {
            fast = false; // the general way words the error
        }
        if (fast) {
            writeCanonical(text, end - start);
            hasher.leafHash(canonical, 0, canonicalLength, out, offset);
            claim = tokens.has(LEAF_HASH) ? compare(tokens.claimed(), out, offset) : Claim.NONE;
            return tokens.seq();
        }
        ParsedEntryLine line = parser.parse(text, start, end);
        encoder.leafHash(line.entry(), out, offset);
        claim = line.claimedLeafHash() == null ? Claim.NONE : compare(line.claimedLeafHash(), out, offset);
        return line.entry().seq();
    }

    /** How the last line's claimed leaf hash compares with the recomputed one. */
    public Claim claim() {
        return claim;
    }

    /**
     * Copies the tokens into {@code canonical} in canonical order. The canonical form is never longer than the
     * line (it holds the same names, punctuation and values, minus leafHash), so one capacity check does.
     */
    private void writeCanonical(byte[] text, int lineLength) {
        if (canonical.length < lineLength + 32) {
            canonical = new byte[2 * lineLength + 32];
        }
        int at = 0;
        for (int member = 0; member < LEAF_HASH; member++) {
            if (!tokens.has(member)) {
                continue;
            }
            at = copy(PREFIXES[member], 0, PREFIXES[member].length, at);
            if (member == CanonicalLineTokens.SEQ) {
                at = writeDigits(tokens.seq(), at);
            } else if (member == CanonicalLineTokens.COUNTRIES) {
                canonical[at++] = '[';
                for (int i = 0; i < tokens.countryCount(); i++) {
                    if (i > 0) {
                        canonical[at++] = ',';
                    }
                    at = copy(text, tokens.countryStart(i), tokens.countryEnd(i), at);
                }
                canonical[at++] = ']';
            } else {
                at = copy(text, tokens.start(member), tokens.end(member), at);
            }
        }
        canonical[at++] = '}';
        canonicalLength = at;
    }

    private int copy(byte[] from, int start, int end, int at) {
        System.arraycopy(from, start, canonical, at, end - start);
        return at + end - start;
    }

    /** Writes {@code value} (0 to 2^53 - 1) in decimal, as JCS writes an integer. */
    private int writeDigits(long value, int at) {
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--, value /= 10) {
            canonical[i] = (byte) ('0' + value % 10);
        }
        return at + digits;
    }

    private static Claim compare(byte[] claimedHash, byte[] out, int offset) {
        return Arrays.equals(claimedHash, 0, claimedHash.length, out, offset, offset + MerkleHasher.HASH_LENGTH)
                ? Claim.MATCHES : Claim.DIFFERS;
    }
}
