package org.accord.exchangelog.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

    @Test
    void rootAtEverySizeEqualsTheRecursiveDefinition() {
        List<byte[]> leaves = MerkleTestLeaves.leafHashes(300);
        CompactRange range = new CompactRange();
        assertArrayEquals(MerkleTestLeaves.referenceRoot(List.of()), range.root(), "empty tree");
        for (int n = 1; n <= leaves.size(); n++) {
            range.append(leaves.get(n - 1));
            assertEquals(n, range.size());
            assertArrayEquals(MerkleTestLeaves.referenceRoot(leaves.subList(0, n)), range.root(), "size " + n);
        }
    }

    @Test
    void emptyTreeHashIsSha256OfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HexFormat.of().formatHex(new CompactRange().root()));
    }

    @Test
    void askingForTheRootDoesNotDisturbAppending() {
        List<byte[]> leaves = MerkleTestLeaves.leafHashes(37);
        CompactRange once = new CompactRange();
        CompactRange often = new CompactRange();
        for (byte[] leaf : leaves) {
            once.append(leaf);
            often.append(leaf);
            often.root();
        }
        assertArrayEquals(once.root(), often.root());
    }

    @Test
    void takesAMillionLeaves() {
        MerkleHasher hasher = new MerkleHasher();
        CompactRange range = new CompactRange();
        byte[] leaf = hasher.leafHash(new byte[] {42});
        for (int i = 0; i < 1 << 20; i++) {
            range.append(leaf);
        }
        // 2^20 equal leaves: the root is the leaf hashed up 20 levels
        byte[] expected = leaf;
        for (int level = 0; level < 20; level++) {
            expected = hasher.nodeHash(expected, expected);
        }
        assertArrayEquals(expected, range.root());
    }

    @Test
    void resumesFromItsSubtreeRoots() {
        List<byte[]> leaves = MerkleTestLeaves.leafHashes(100);
        for (int prefix = 0; prefix <= 100; prefix += 7) {
            CompactRange first = new CompactRange();
            leaves.subList(0, prefix).forEach(first::append);
            assertEquals(Long.bitCount(prefix), first.subtreeRoots().size());
            CompactRange resumed = CompactRange.resume(prefix, first.subtreeRoots());
            assertArrayEquals(first.root(), resumed.root());
            leaves.subList(prefix, 100).forEach(resumed::append);
            assertArrayEquals(MerkleTestLeaves.referenceRoot(leaves), resumed.root(), "from " + prefix);
        }
        assertThrows(IllegalArgumentException.class, () -> CompactRange.resume(6, List.of(new byte[32])));
        assertThrows(IllegalArgumentException.class, () -> CompactRange.resume(2, List.of(new byte[31])));
    }

    @Test
    void refusesHashesOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new CompactRange().append(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new CompactRange().append(null));
    }
}
