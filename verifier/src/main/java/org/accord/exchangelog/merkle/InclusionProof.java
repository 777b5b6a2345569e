package org.accord.exchangelog.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Inclusion proofs ("audit paths") of RFC 9162 §2.1.3: the shortest list of node hashes that, together
 * with one leaf hash, recomputes the root of a tree. It proves that the leaf is at that index in the tree
 * the root (in a signed tree head) stands for.
 */
public final class InclusionProof {

    private InclusionProof() {
    }

    /** {@code PATH(leafIndex, D[n])} over all of {@code leafHashes} (n = their number). */
    public static List<byte[]> generate(long leafIndex, List<byte[]> leafHashes) {
        return generate(leafIndex, leafHashes.size(), LeafHashSource.of(leafHashes));
    }

    /**
     * {@code PATH(m, D[n])} of RFC 9162 §2.1.3.1, for the tree of the first {@code treeSize} leaves of
     * {@code source}, listed from the leaf's sibling up to the root's child. Costs O(treeSize) hashing.
     *
     * @throws IllegalArgumentException unless {@code 0 <= leafIndex < treeSize <= source.size()}
     */
    public static List<byte[]> generate(long leafIndex, long treeSize, LeafHashSource source) {
        if (leafIndex < 0 || leafIndex >= treeSize || treeSize > source.size()) {
            throw new IllegalArgumentException("need 0 <= leafIndex < treeSize <= " + source.size()
                    + ", got leafIndex=" + leafIndex + ", treeSize=" + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, source, path);
        return path;
    }

    /** Appends PATH(m, D[start:start+n]) to {@code path}. */
    private static void path(long m, long start, long n, LeafHashSource source, List<byte[]> path) {
        if (n == 1) {
            return; // PATH(0, {d0}) = {}
        }
        long k = TreeShape.leftSubtreeSize(n);
        if (m < k) { // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])
            path(m, start, k, source, path);
            path.add(CompactRange.rootOf(source, start + k, start + n));
        } else { // PATH(m, D[n]) = PATH(m - k, D[k:n]) : MTH(D[0:k])
            path(m - k, start + k, n - k, source, path);
            path.add(CompactRange.rootOf(source, start, start + k));
        }
    }

    /** Whether {@link #verify} accepts; never throws for malformed input. */
    public static boolean isValid(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof,
            byte[] rootHash) {
        try {
            verify(leafIndex, treeSize, leafHash, proof, rootHash);
            return true;
        } catch (InvalidProofException e) {
            return false;
        }
    }

    /**
     * Verifies an inclusion proof by the algorithm of RFC 9162 §2.1.3.2: recompute the root from the leaf
     * hash along the path and compare it with {@code rootHash}. Every hash must be 32 bytes; the path must
     * have exactly as many elements as the leaf's depth in a tree of {@code treeSize} leaves.
     *
     * @throws InvalidProofException naming what is wrong
     */
    public static void verify(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof,
            byte[] rootHash) throws InvalidProofException {
        if (treeSize <= 0) {
            throw new InvalidProofException("tree size " + treeSize + ": no leaf is included in an empty tree");
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new InvalidProofException("leaf index " + leafIndex + " is outside a tree of " + treeSize);
        }
        ProofChecks.requireHash(leafHash, "leaf hash");
        ProofChecks.requireHash(rootHash, "root hash");
        ProofChecks.requireHashes(proof);

        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash.clone();
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new InvalidProofException("the proof has more than the " + proofLength(leafIndex, treeSize)
                        + " elements a leaf at " + leafIndex + " in a tree of " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                hasher.nodeHash(p, r, r);
                // a right-most node without a sibling at this level: climb to where it has one
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                hasher.nodeHash(r, p, r);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("the proof has " + proof.size() + " elements, a leaf at " + leafIndex
                    + " in a tree of " + treeSize + " needs " + proofLength(leafIndex, treeSize));
        }
        if (!MessageDigest.isEqual(r, rootHash)) {
            throw new InvalidProofException("the root computed from the leaf and the proof differs from the root hash");
        }
    }

    /** How many elements PATH(leafIndex, D[treeSize]) has: the iterations of the loop in {@link #verify}. */
    static int proofLength(long leafIndex, long treeSize) {
        int length = 0;
        long fn = leafIndex;
        long sn = treeSize - 1;
        while (sn != 0) {
            length++;
            if ((fn & 1) == 1 || fn == sn) {
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return length;
    }
}
