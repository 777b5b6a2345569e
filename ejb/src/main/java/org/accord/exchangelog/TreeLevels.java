package org.accord.exchangelog;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Every node of the RFC 9162 Merkle tree over {@code n} leaf hashes, level by level, built once in
 * O(n) so that the audit path of any leaf then costs O(log n) (a dossier of k entries: O(n + k log n)
 * instead of O(n) per proof).
 * <p>
 * Level 0 holds the leaf hashes; node {@code i} of level {@code l} is the Merkle Tree Hash of the leaves
 * {@code [i·2^l, min((i+1)·2^l, n))}. A level of odd length passes its last node up unchanged, which is
 * exactly how RFC 9162 §2.1.1 splits a tree at the largest power of two below its size, so the sibling
 * of a node at each level, when it has one, is the next element of {@code PATH(m, D[n])} (§2.1.3.1).
 * <p>
 * Flat arrays of 32-byte hashes: about 64 bytes per leaf in all (64 MB for a million entries).
 */
final class TreeLevels {

    private static final int HASH = MerkleHasher.HASH_LENGTH;
    /** The largest tree a flat {@code byte[]} of leaf hashes can hold. */
    static final int MAX_SIZE = Integer.MAX_VALUE / HASH;

    private final byte[][] levels;
    private final int size;

    private TreeLevels(byte[][] levels, int size) {
        this.levels = levels;
        this.size = size;
    }

    /** The tree over the first {@code size} hashes of {@code leafHashes} (32 bytes each, not copied). */
    static TreeLevels build(byte[] leafHashes, int size) {
        if (size < 0 || (long) size * HASH > leafHashes.length) {
            throw new IllegalArgumentException("need " + size + " leaf hashes, have " + leafHashes.length / HASH);
        }
        MessageDigest sha256 = sha256();
        List<byte[]> levels = new ArrayList<>();
        levels.add(leafHashes);
        byte[] level = leafHashes;
        for (int count = size; count > 1; count = (count + 1) / 2) {
            byte[] parents = new byte[(count + 1) / 2 * HASH];
            for (int i = 0; i + 1 < count; i += 2) {
                sha256.update((byte) 0x01);
                sha256.update(level, i * HASH, 2 * HASH);
                digest(sha256, parents, i / 2 * HASH);
            }
            if (count % 2 == 1) {
                System.arraycopy(level, (count - 1) * HASH, parents, (count - 1) / 2 * HASH, HASH);
            }
            levels.add(parents);
            level = parents;
        }
        return new TreeLevels(levels.toArray(byte[][]::new), size);
    }

    long size() {
        return size;
    }

    /** The Merkle Tree Hash of all the leaves (of the empty tree when there are none). */
    byte[] root() {
        return size == 0 ? sha256().digest() : Arrays.copyOf(levels[levels.length - 1], HASH);
    }

    /** The hash of leaf {@code index}. */
    byte[] leafHash(long index) {
        return node(0, check(index));
    }

    /** {@code PATH(index, D[size])}: the leaf's sibling first, the root's child last. */
    List<byte[]> auditPath(long index) {
        int node = check(index);
        List<byte[]> path = new ArrayList<>();
        int count = size;
        for (int level = 0; count > 1; level++, node >>>= 1, count = (count + 1) / 2) {
            int sibling = node ^ 1;
            if (sibling < count) {
                path.add(node(level, sibling));
            }
        }
        return path;
    }

    private byte[] node(int level, int index) {
        return Arrays.copyOfRange(levels[level], index * HASH, (index + 1) * HASH);
    }

    private int check(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is outside a tree of " + size);
        }
        return (int) index;
    }

    private static void digest(MessageDigest sha256, byte[] out, int offset) {
        try {
            sha256.digest(out, offset, HASH);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
