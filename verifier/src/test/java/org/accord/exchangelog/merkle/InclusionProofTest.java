package org.accord.exchangelog.merkle;

import static org.accord.exchangelog.merkle.MerkleTestLeaves.flipped;
import static org.accord.exchangelog.merkle.MerkleTestLeaves.flip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips of RFC 9162 §2.1.3 for every leaf of every tree up to 64 leaves. */
class InclusionProofTest {

    private static final int MAX_SIZE = 64;
    private final List<byte[]> leaves = MerkleTestLeaves.leafHashes(MAX_SIZE);

    @Test
    void everyGeneratedProofVerifies() throws InvalidProofException {
        for (int n = 1; n <= MAX_SIZE; n++) {
            byte[] root = MerkleTestLeaves.root(leaves, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = InclusionProof.generate(m, n, LeafHashSource.of(leaves));
                assertEquals(InclusionProof.proofLength(m, n), proof.size(), "length for " + m + " in " + n);
                InclusionProof.verify(m, n, leaves.get(m), proof, root);
            }
        }
    }

    @Test
    void flippingAnyBitOfProofLeafOrRootFails() {
        for (int n = 1; n <= MAX_SIZE; n++) {
            byte[] root = MerkleTestLeaves.root(leaves, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = InclusionProof.generate(m, n, LeafHashSource.of(leaves));
                for (int element = 0; element < proof.size(); element++) {
                    for (int bit = 0; bit < 256; bit += bitStep(n)) {
                        flip(proof.get(element), bit);
                        boolean accepted = InclusionProof.isValid(m, n, leaves.get(m), proof, root);
                        flip(proof.get(element), bit);
                        assertFalse(accepted, m + " in " + n + ", element " + element + ", bit " + bit);
                    }
                }
                for (int bit = 0; bit < 256; bit += 7) {
                    assertFalse(InclusionProof.isValid(m, n, flipped(leaves.get(m), bit), proof, root));
                    assertFalse(InclusionProof.isValid(m, n, leaves.get(m), proof, flipped(root, bit)));
                }
            }
        }
    }

    @Test
    void wrongIndexSizeOrProofLengthFails() {
        for (int n = 1; n <= MAX_SIZE; n++) {
            byte[] root = MerkleTestLeaves.root(leaves, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = InclusionProof.generate(m, n, LeafHashSource.of(leaves));
                byte[] leaf = leaves.get(m);
                if (n > 1) {
                    assertFalse(InclusionProof.isValid((m + 1) % n, n, leaf, proof, root), "other index");
                }
                // not asserted: the same path may fit a larger size too (PATH(0, D[5]) has the shape of
                // PATH(0, D[6])); the signed tree head binds the root to its size, so that proves nothing
                assertFalse(InclusionProof.isValid(n, n, leaf, proof, root), "index == size");
                assertFalse(InclusionProof.isValid(-1, n, leaf, proof, root), "negative index");
                List<byte[]> longer = new ArrayList<>(proof);
                longer.add(leaf);
                assertFalse(InclusionProof.isValid(m, n, leaf, longer, root), "extra element");
                List<byte[]> preceded = new ArrayList<>(proof);
                preceded.add(0, leaf);
                assertFalse(InclusionProof.isValid(m, n, leaf, preceded, root), "element before");
                if (!proof.isEmpty()) {
                    assertFalse(InclusionProof.isValid(m, n, leaf, proof.subList(0, proof.size() - 1), root), "missing");
                }
            }
        }
    }

    @Test
    void malformedInputIsRejectedWithAReason() {
        byte[] leaf = leaves.get(0);
        InvalidProofException empty = assertThrows(InvalidProofException.class,
                () -> InclusionProof.verify(0, 0, leaf, List.of(), leaf));
        assertTrue(empty.getMessage().contains("empty tree"), empty.getMessage());
        assertThrows(InvalidProofException.class, () -> InclusionProof.verify(0, 1, new byte[0], List.of(), leaf));
        assertThrows(InvalidProofException.class, () -> InclusionProof.verify(0, 1, leaf, List.of(), new byte[33]));
        assertThrows(InvalidProofException.class, () -> InclusionProof.verify(0, 2, leaf, List.of(new byte[31]), leaf));
        assertThrows(InvalidProofException.class, () -> InclusionProof.verify(0, 1, leaf, null, leaf));
        assertThrows(InvalidProofException.class, () -> InclusionProof.verify(0, 1, null, List.of(), leaf));
        assertTrue(InclusionProof.isValid(0, 1, leaf, List.of(), leaf), "a single leaf is its own root");
    }

    @Test
    void generationRefusesIndexesOutsideTheTree() {
        LeafHashSource source = LeafHashSource.of(leaves);
        assertThrows(IllegalArgumentException.class, () -> InclusionProof.generate(5, 5, source));
        assertThrows(IllegalArgumentException.class, () -> InclusionProof.generate(-1, 5, source));
        assertThrows(IllegalArgumentException.class, () -> InclusionProof.generate(0, MAX_SIZE + 1, source));
    }

    /** Every bit of every element up to 24 leaves; beyond, one bit in every byte (the hashing grows as n²). */
    private static int bitStep(int n) {
        return n <= 24 ? 1 : 9;
    }
}
