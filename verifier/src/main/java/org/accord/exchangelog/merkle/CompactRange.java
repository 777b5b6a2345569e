package org.accord.exchangelog.merkle;

import static org.accord.exchangelog.merkle.MerkleHasher.HASH_LENGTH;

import java.util.ArrayList;
import java.util.List;

/**
 * Streaming Merkle Tree Hash (RFC 9162 §2.1.1): feed leaf hashes one by one and ask for the root of the
 * tree of all leaves fed so far, at any time.
 * <p>
 * It keeps only the roots of the perfect subtrees that tile {@code [0, size)} from the left, one per set
 * bit of {@code size}, largest first (a "compact range"): at most 64 hashes. Appending a leaf merges
 * equal-sized neighbours like a binary counter carries, so n leaves cost n - 1 node hashes in total;
 * asking for the root folds the subtrees from the right, because in RFC 9162 the left subtree of a node
 * is always the largest perfect one ({@code MTH(D[n]) = HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n]))}, with k
 * the largest power of two below n).
 * <p>
 * Not thread-safe; appending creates no objects.
 */
public final class CompactRange {

    private final MerkleHasher hasher;
    /** subtrees[i] for i < count: roots of the perfect subtrees, largest (leftmost) first. */
    private final byte[][] subtrees = new byte[Long.SIZE][HASH_LENGTH];
    private final byte[] carry = new byte[HASH_LENGTH];
    private int count;
    private long size;

    /** An empty range with its own hasher. */
    public CompactRange() {
        this(new MerkleHasher());
    }

    /** An empty range that hashes with {@code hasher} (which it then uses exclusively). */
    public CompactRange(MerkleHasher hasher) {
        this.hasher = hasher;
    }

    /** Appends one leaf hash ({@code SHA-256(0x00 || data)}, 32 bytes). */
    public void append(byte[] leafHash) {
        MerkleHasher.requireHash(leafHash, "leaf hash");
        append(leafHash, 0);
    }

    /** Appends the leaf hash stored at {@code hashes[offset, offset+32)}. */
    public void append(byte[] hashes, int offset) {
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        System.arraycopy(hashes, offset, carry, 0, HASH_LENGTH);
        // every trailing 1 bit of size is a perfect subtree as large as the carry: merge them
        for (long bits = size; (bits & 1) == 1; bits >>>= 1) {
            hasher.nodeHash(subtrees[--count], carry, carry);
        }
        System.arraycopy(carry, 0, subtrees[count++], 0, HASH_LENGTH);
        size++;
    }

    /** How many leaves were appended. */
    public long size() {
        return size;
    }

    /** The Merkle Tree Hash of the leaves appended so far (of the empty tree if none). */
    public byte[] root() {
        if (count == 0) {
            return hasher.emptyTreeHash();
        }
        byte[] root = subtrees[count - 1].clone();
        for (int i = count - 2; i >= 0; i--) {
            hasher.nodeHash(subtrees[i], root, root);
        }
        return root;
    }

    /**
     * The roots of the perfect subtrees that tile {@code [0, size())}, largest (leftmost) first: one per
     * set bit of the size. With the size they are all a verifier needs to go on appending leaves after the
     * first {@code size()} (the "left frontier" of the tree), see {@link #resume}.
     */
    public List<byte[]> subtreeRoots() {
        List<byte[]> roots = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            roots.add(subtrees[i].clone());
        }
        return roots;
    }

    /**
     * A range that continues a tree of {@code size} leaves from its {@link #subtreeRoots()}: one 32-byte
     * hash per set bit of {@code size}, largest subtree first. Whether they belong to the tree a signed
     * tree head speaks of is for the caller to check, by comparing {@link #root()} with its root.
     *
     * @throws IllegalArgumentException if the number or length of the hashes does not fit {@code size}
     */
    public static CompactRange resume(long size, List<byte[]> subtreeRoots) {
        if (size < 0 || subtreeRoots.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(Math.max(size, 0))
                    + " perfect subtrees, not " + subtreeRoots.size());
        }
        CompactRange range = new CompactRange();
        for (byte[] root : subtreeRoots) {
            MerkleHasher.requireHash(root, "subtree root");
            System.arraycopy(root, 0, range.subtrees[range.count++], 0, HASH_LENGTH);
        }
        range.size = size;
        return range;
    }

    /** The Merkle Tree Hash of {@code source}'s leaves {@code [start, end)}: O(end - start) hashing. */
    public static byte[] rootOf(LeafHashSource source, long start, long end) {
        CompactRange range = new CompactRange(MerkleHasher.forCurrentThread());
        for (long i = start; i < end; i++) {
            range.append(source.leafHash(i));
        }
        return range.root();
    }
}
