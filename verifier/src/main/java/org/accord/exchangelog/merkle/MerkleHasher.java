package org.accord.exchangelog.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hash functions of an RFC 9162 Merkle tree (§2.1.1), with SHA-256 as HASH:
 * <ul>
 * <li>leaf hash {@code MTH({d}) = SHA-256(0x00 || d)},</li>
 * <li>node hash {@code SHA-256(0x01 || left || right)}.</li>
 * </ul>
 * The 0x00 and 0x01 prefixes keep a leaf from ever being taken for an inner node (second-preimage
 * resistance, RFC 9162 §2.1.1). The hash of the empty tree is {@code SHA-256()} of no bytes.
 * <p>
 * An instance owns one {@link MessageDigest} and is therefore not thread-safe; {@link #forCurrentThread()}
 * hands each thread its own, so hot loops create no digest per hash.
 */
public final class MerkleHasher {

    /** Length in bytes of every hash in the tree (SHA-256). */
    public static final int HASH_LENGTH = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final ThreadLocal<MerkleHasher> PER_THREAD = ThreadLocal.withInitial(MerkleHasher::new);

    private final MessageDigest sha256;

    public MerkleHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The calling thread's hasher. */
    public static MerkleHasher forCurrentThread() {
        return PER_THREAD.get();
    }

    /** {@code SHA-256(0x00 || data)}. */
    public byte[] leafHash(byte[] data) {
        return leafHash(data, 0, data.length);
    }

    /** {@code SHA-256(0x00 || data[offset, offset+length))}. */
    public byte[] leafHash(byte[] data, int offset, int length) {
        byte[] out = new byte[HASH_LENGTH];
        leafHash(data, offset, length, out, 0);
        return out;
    }

    /** Writes {@code SHA-256(0x00 || data[offset, offset+length))} into {@code out} at {@code outOffset}. */
    public void leafHash(byte[] data, int offset, int length, byte[] out, int outOffset) {
        sha256.update(LEAF_PREFIX);
        sha256.update(data, offset, length);
        finish(out, outOffset);
    }

    /** {@code SHA-256(0x01 || left || right)}; both must be {@value #HASH_LENGTH} bytes. */
    public byte[] nodeHash(byte[] left, byte[] right) {
        byte[] out = new byte[HASH_LENGTH];
        nodeHash(left, right, out);
        return out;
    }

    /**
     * Writes {@code SHA-256(0x01 || left || right)} into {@code out}, which may be {@code left} or
     * {@code right} itself: both are read before {@code out} is written.
     */
    public void nodeHash(byte[] left, byte[] right, byte[] out) {
        requireHash(left, "left");
        requireHash(right, "right");
        sha256.update(NODE_PREFIX);
        sha256.update(left, 0, HASH_LENGTH);
        sha256.update(right, 0, HASH_LENGTH);
        finish(out, 0);
    }

    /** The Merkle Tree Hash of the empty list: {@code SHA-256()} (RFC 9162 §2.1.1). */
    public byte[] emptyTreeHash() {
        return sha256.digest();
    }

    private void finish(byte[] out, int outOffset) {
        try {
            sha256.digest(out, outOffset, HASH_LENGTH);
        } catch (java.security.DigestException e) {
            throw new IllegalArgumentException("no room for a " + HASH_LENGTH + "-byte hash at " + outOffset, e);
        }
    }

    static void requireHash(byte[] hash, String what) {
        if (hash == null || hash.length != HASH_LENGTH) {
            throw new IllegalArgumentException(what + " must be a " + HASH_LENGTH + "-byte hash, got "
                    + (hash == null ? "null" : hash.length + " bytes"));
        }
    }
}
