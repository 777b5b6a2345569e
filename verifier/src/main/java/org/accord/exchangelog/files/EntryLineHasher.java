package org.accord.exchangelog.files;

import java.util.Arrays;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * The leaf hash of one line of {@code entries.jsonl}, as fast as the line allows.
 * <p>
 * A line exactly as the portal writes it ({@link EntryLineWriter}) holds its entry's canonical bytes
 * already: {@link PortalLineTemplate} recognizes it in one pass and the bytes are hashed as they are
 * (the fast way). Any other line, legal or not, goes the general way: {@link EntryLineParser} reads the
 * members in any order and form, {@link EntryEncoder} writes the canonical bytes, and the parser words the
 * error of an invalid line. Both ways give the same hash for the same entry, because the template only
 * matches lines whose every value is already canonical and valid. Reusable, not thread-safe.
 */
public final class EntryLineHasher {

    /**
     * What the line's {@code leafHash} says about the recomputed hash; {@code LEAF_ONLY}: the line gives the
     * leaf hash alone (an entry the downloader may not see), which is then taken as it is.
     */
    public enum Claim { NONE, MATCHES, DIFFERS, LEAF_ONLY }

    private final PortalLineTemplate template = new PortalLineTemplate();
    private final EntryLineParser parser = new EntryLineParser();
    private final EntryEncoder encoder = new EntryEncoder();
    private final MerkleHasher hasher = new MerkleHasher();
    private byte[] canonical = new byte[1024];
    private Claim claim;

    /**
     * Writes the leaf hash of the entry in {@code text[start, end)} into {@code out} at {@code offset} and
     * returns the entry's seq; {@link #claim()} then tells how the line's {@code leafHash} compares.
     *
     * @throws IllegalArgumentException if the line is not a valid entry, saying why
     */
    public long hash(byte[] text, int start, int end, byte[] out, int offset) {
        if (template.matches(text, start, end)) {
            if (canonical.length < end - start + 1) {
                canonical = new byte[2 * (end - start)];
            }
            hasher.leafHash(canonical, 0, template.canonicalBytes(canonical, start), out, offset);
            claim = compare(template.claimedLeafHash(), out, offset);
            return template.seq();
        }
        ParsedEntryLine line = parser.parse(text, start, end);
        if (line.leafOnly()) {
            System.arraycopy(line.claimedLeafHash(), 0, out, offset, MerkleHasher.HASH_LENGTH);
            claim = Claim.LEAF_ONLY;
            return line.seq();
        }
        encoder.leafHash(line.entry(), out, offset);
        claim = compare(line.claimedLeafHash(), out, offset);
        return line.entry().seq();
    }

    /** How the last line's claimed leaf hash compares with the recomputed one. */
    public Claim claim() {
        return claim;
    }

    private static Claim compare(byte[] claimedHash, byte[] out, int offset) {
        if (claimedHash == null) {
            return Claim.NONE;
        }
        return Arrays.equals(claimedHash, 0, claimedHash.length, out, offset, offset + MerkleHasher.HASH_LENGTH)
                ? Claim.MATCHES : Claim.DIFFERS;
    }
}
