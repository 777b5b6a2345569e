package org.accord.exchangelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.merkle.InclusionProof;
import org.accord.exchangelog.merkle.LeafHashSource;
import org.accord.exchangelog.merkle.MerkleHasher;
import org.junit.jupiter.api.Test;

/** The levels give the same roots and audit paths as the verifier's RFC 9162 reference algorithms. */
class TreeLevelsTest {

    @Test
    void everyAuditPathOfSmallTreesIsTheReferencePathAndVerifies() {
        for (int size = 1; size <= 70; size++) {
            List<byte[]> leaves = leaves(size);
            TreeLevels tree = TreeLevels.build(flat(leaves), size);
            byte[] root = CompactRange.rootOf(LeafHashSource.of(leaves), 0, size);
            assertArrayEquals(root, tree.root(), "root of " + size);
            for (int m = 0; m < size; m++) {
                List<byte[]> expected = InclusionProof.generate(m, leaves);
                List<byte[]> actual = tree.auditPath(m);
                assertEquals(expected.size(), actual.size(), "path length of " + m + " in " + size);
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), actual.get(i), "element " + i + " of " + m + " in " + size);
                }
                assertTrue(InclusionProof.isValid(m, size, tree.leafHash(m), actual, root));
            }
        }
    }

    @Test
    void largerTreesVerify() {
        int size = 100_003;
        List<byte[]> leaves = leaves(size);
        TreeLevels tree = TreeLevels.build(flat(leaves), size);
        byte[] root = tree.root();
        for (int m : new int[] {0, 1, 65_535, 65_536, 99_999, 100_000, 100_002}) {
            assertTrue(InclusionProof.isValid(m, size, leaves.get(m), tree.auditPath(m), root), "leaf " + m);
        }
    }

    @Test
    void theEmptyTreeHasTheHashOfNothing() {
        TreeLevels tree = TreeLevels.build(new byte[0], 0);
        assertArrayEquals(new MerkleHasher().emptyTreeHash(), tree.root());
        assertThrows(IllegalArgumentException.class, () -> tree.auditPath(0));
    }

    private static List<byte[]> leaves(int size) {
        MerkleHasher hasher = new MerkleHasher();
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leaves.add(hasher.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    private static byte[] flat(List<byte[]> leaves) {
        byte[] flat = new byte[leaves.size() * MerkleHasher.HASH_LENGTH];
        for (int i = 0; i < leaves.size(); i++) {
            System.arraycopy(leaves.get(i), 0, flat, i * MerkleHasher.HASH_LENGTH, MerkleHasher.HASH_LENGTH);
        }
        return flat;
    }
}
