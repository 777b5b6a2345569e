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

/** Round trips of RFC 9162 §2.1.4 for every pair of sizes 1 <= m <= n <= 64. */
class ConsistencyProofTest {

    private static final int MAX_SIZE = 64;
    private final List<byte[]> leaves = MerkleTestLeaves.leafHashes(MAX_SIZE);
    private final byte[][] roots = new byte[MAX_SIZE + 1][];

    ConsistencyProofTest() {
        for (int n = 0; n <= MAX_SIZE; n++) {
            roots[n] = MerkleTestLeaves.root(leaves, n);
        }
    }

    @Test
    void everyGeneratedProofVerifies() throws InvalidProofException {
        for (int n = 1; n <= MAX_SIZE; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = ConsistencyProof.generate(m, n, LeafHashSource.of(leaves));
                if (m == n) {
                    assertEquals(0, proof.size(), "equal sizes need no proof");
                }
                ConsistencyProof.verify(m, n, roots[m], roots[n], proof);
            }
        }
    }

    @Test
    void flippingAnyBitOfProofOrRootsFails() {
        for (int n = 2; n <= MAX_SIZE; n++) {
            for (int m = 1; m < n; m++) {
                List<byte[]> proof = ConsistencyProof.generate(m, n, LeafHashSource.of(leaves));
                for (int element = 0; element < proof.size(); element++) {
                    for (int bit = 0; bit < 256; bit += bitStep(n)) {
                        flip(proof.get(element), bit);
                        boolean accepted = ConsistencyProof.isValid(m, n, roots[m], roots[n], proof);
                        flip(proof.get(element), bit);
                        assertFalse(accepted, m + " in " + n + ", element " + element + ", bit " + bit);
                    }
                }
                for (int bit = 0; bit < 256; bit += 5) {
                    assertFalse(ConsistencyProof.isValid(m, n, flipped(roots[m], bit), roots[n], proof));
                    assertFalse(ConsistencyProof.isValid(m, n, roots[m], flipped(roots[n], bit), proof));
                }
            }
        }
    }

    @Test
    void wrongSizesOrProofLengthFail() {
        for (int n = 2; n <= MAX_SIZE; n++) {
            for (int m = 1; m < n; m++) {
                List<byte[]> proof = ConsistencyProof.generate(m, n, LeafHashSource.of(leaves));
                assertFalse(ConsistencyProof.isValid(n, m, roots[n], roots[m], proof), "swapped");
                assertFalse(ConsistencyProof.isValid(m, n, roots[n], roots[m], proof), "swapped roots");
                if (m + 1 < n) {
                    assertFalse(ConsistencyProof.isValid(m + 1, n, roots[m + 1], roots[n], proof), "other size1");
                }
                List<byte[]> longer = new ArrayList<>(proof);
                longer.add(roots[m]);
                assertFalse(ConsistencyProof.isValid(m, n, roots[m], roots[n], longer), "extra element");
                List<byte[]> preceded = new ArrayList<>(proof);
                preceded.add(0, roots[m]);
                assertFalse(ConsistencyProof.isValid(m, n, roots[m], roots[n], preceded), "old root prepended");
                assertFalse(ConsistencyProof.isValid(m, n, roots[m], roots[n], proof.subList(0, proof.size() - 1)), "missing");
                assertFalse(ConsistencyProof.isValid(m, n, roots[m], roots[n], List.of()), "empty");
            }
        }
    }

    @Test
    void edgeCasesFollowTheDocumentedRules() {
        byte[] root = roots[1];
        assertFalse(ConsistencyProof.isValid(0, 0, roots[0], roots[0], List.of()), "from the empty tree");
        assertFalse(ConsistencyProof.isValid(0, 5, roots[0], roots[5], List.of()), "from the empty tree");
        assertFalse(ConsistencyProof.isValid(-1, 5, root, roots[5], List.of(root)), "negative");
        assertFalse(ConsistencyProof.isValid(3, 3, roots[3], roots[3], List.of(root)), "equal sizes, a proof");
        assertFalse(ConsistencyProof.isValid(3, 3, roots[3], roots[4], List.of()), "equal sizes, other roots");
        assertTrue(ConsistencyProof.isValid(3, 3, roots[3], roots[3], List.of()), "equal sizes and roots");
        InvalidProofException wrongLength = assertThrows(InvalidProofException.class,
                () -> ConsistencyProof.verify(1, 2, root, roots[2], List.of(new byte[16])));
        assertTrue(wrongLength.getMessage().contains("16 bytes"), wrongLength.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConsistencyProof.generate(0, 3, LeafHashSource.of(leaves)));
        assertThrows(IllegalArgumentException.class, () -> ConsistencyProof.generate(4, 3, LeafHashSource.of(leaves)));
    }

    /** Every bit of every element up to 24 leaves; beyond, one bit in every byte (the hashing grows as n²). */
    private static int bitStep(int n) {
        return n <= 24 ? 1 : 9;
    }
}
