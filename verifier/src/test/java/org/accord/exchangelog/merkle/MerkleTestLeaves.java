package org.accord.exchangelog.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Leaves for tests, and the Merkle Tree Hash computed by the literal recursion of RFC 9162 §2.1.1. */
final class MerkleTestLeaves {

    private MerkleTestLeaves() {
    }

    static List<byte[]> leafHashes(int n) {
        MerkleHasher hasher = new MerkleHasher();
        List<byte[]> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leaves.add(hasher.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    /** MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of two below n. */
    static byte[] referenceRoot(List<byte[]> leafHashes) {
        MerkleHasher hasher = new MerkleHasher();
        if (leafHashes.isEmpty()) {
            return hasher.emptyTreeHash();
        }
        if (leafHashes.size() == 1) {
            return leafHashes.get(0);
        }
        int k = Integer.highestOneBit(leafHashes.size() - 1);
        return hasher.nodeHash(referenceRoot(leafHashes.subList(0, k)),
                referenceRoot(leafHashes.subList(k, leafHashes.size())));
    }

    static byte[] root(List<byte[]> leafHashes, int n) {
        return CompactRange.rootOf(LeafHashSource.of(leafHashes), 0, n);
    }

    /** Flips one bit of {@code hash} in place; flipping it again restores the hash. */
    static void flip(byte[] hash, int bit) {
        hash[bit / 8] ^= (byte) (1 << (bit % 8));
    }

    static byte[] flipped(byte[] hash, int bit) {
        byte[] copy = Arrays.copyOf(hash, hash.length);
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }
}
