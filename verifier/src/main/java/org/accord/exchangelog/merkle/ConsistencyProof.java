package org.accord.exchangelog.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency proofs of RFC 9162 §2.1.4: the node hashes that show a tree of {@code size1} leaves is a
 * prefix of a tree of {@code size2} leaves, i.e. that the log only appended between two tree heads and
 * rewrote nothing.
 */
public final class ConsistencyProof {

    private ConsistencyProof() {
    }

    /** {@code PROOF(size1, D[n])} over all of {@code leafHashes} (n = their number). */
    public static List<byte[]> generate(long size1, List<byte[]> leafHashes) {
        return generate(size1, leafHashes.size(), LeafHashSource.of(leafHashes));
    }

    /**
     * {@code PROOF(m, D[n]) = SUBPROOF(m, D[n], true)} of RFC 9162 §2.1.4.1 for the trees of the first
     * {@code size1} and {@code size2} leaves of {@code source}; empty when the sizes are equal. Costs
     * O(size2) hashing.
     *
     * @throws IllegalArgumentException unless {@code 0 < size1 <= size2 <= source.size()}
     */
    public static List<byte[]> generate(long size1, long size2, LeafHashSource source) {
        if (size1 <= 0 || size1 > size2 || size2 > source.size()) {
            throw new IllegalArgumentException("need 0 < size1 <= size2 <= " + source.size()
                    + ", got size1=" + size1 + ", size2=" + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(size1, 0, size2, true, source, proof);
        return proof;
    }

    /** Appends SUBPROOF(m, D[start:start+n], b) to {@code proof}. */
    private static void subproof(long m, long start, long n, boolean wholeOldTree, LeafHashSource source,
            List<byte[]> proof) {
        if (m == n) {
            // the old tree's root is a node of the new tree; the verifier knows it already if it is the whole old tree
            if (!wholeOldTree) {
                proof.add(CompactRange.rootOf(source, start, start + n));
            }
            return;
        }
        long k = TreeShape.leftSubtreeSize(n);
        if (m <= k) { // SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
            subproof(m, start, k, wholeOldTree, source, proof);
            proof.add(CompactRange.rootOf(source, start + k, start + n));
        } else { // SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
            subproof(m - k, start + k, n - k, false, source, proof);
            proof.add(CompactRange.rootOf(source, start, start + k));
        }
    }

    /** Whether {@link #verify} accepts; never throws for malformed input. */
    public static boolean isValid(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        try {
            verify(size1, size2, root1, root2, proof);
            return true;
        } catch (InvalidProofException e) {
            return false;
        }
    }

    /**
     * Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2. Rules at the edges:
     * <ul>
     * <li>{@code size1 > size2}, or a negative size: rejected.</li>
     * <li>{@code size1 == 0}: rejected. Every tree extends the empty tree, so such a proof proves nothing,
     * and §2.1.4.2 is defined for {@code 0 < first} only.</li>
     * <li>{@code size1 == size2}: the proof must be empty and the two roots equal (byte for byte).</li>
     * <li>otherwise: the proof must not be empty, every hash must be 32 bytes, and the proof must rebuild
     * both roots with nothing left over or missing.</li>
     * </ul>
     *
     * @throws InvalidProofException naming what is wrong
     */
    public static void verify(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
            throws InvalidProofException {
        if (size1 < 0 || size2 < 0 || size1 > size2) {
            throw new InvalidProofException("need 0 < size1 <= size2, got size1=" + size1 + ", size2=" + size2);
        }
        if (size1 == 0) {
            throw new InvalidProofException("size1 is 0: every tree extends the empty tree, a proof proves nothing");
        }
        if (proof == null) {
            throw new InvalidProofException("the proof is missing (an empty proof is an empty list)");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("equal sizes need an empty proof, got " + proof.size() + " elements");
            }
            if (root1 == null || root2 == null || !MessageDigest.isEqual(root1, root2)) {
                throw new InvalidProofException("equal sizes but different root hashes");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new InvalidProofException("the proof is empty, sizes " + size1 + " and " + size2 + " need one");
        }
        ProofChecks.requireHash(root1, "root hash 1");
        ProofChecks.requireHash(root2, "root hash 2");
        ProofChecks.requireHashes(proof);
        new ConsistencyPathWalk(size1, size2, root1, root2).walk(proof);
    }
}
