package org.accord.exchangelog.merkle;

/** Arithmetic on tree sizes shared by proof generation and verification (RFC 9162 §2.1). */
final class TreeShape {

    private TreeShape() {
    }

    /** The largest power of two strictly smaller than {@code n} (n >= 2): the size of the left subtree. */
    static long leftSubtreeSize(long n) {
        if (n < 2) {
            throw new IllegalArgumentException("a tree of " + n + " leaves has no subtrees");
        }
        return Long.highestOneBit(n - 1);
    }

    static boolean isPowerOfTwo(long n) {
        return n > 0 && (n & (n - 1)) == 0;
    }
}
