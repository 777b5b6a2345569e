package org.accord.exchangelog;

/**
 * The result of checking the stored log against its latest signed tree head: how many entries
 * and which head were checked, and, when something was changed, removed, reordered or inserted,
 * the first bad position and why.
 */
public record Verification(boolean intact, long entriesChecked, long treeSize, Long firstBadSeq, String reason) {

    static Verification ok(long entries, long treeSize) {
        return new Verification(true, entries, treeSize, null, null);
    }

    static Verification failed(long entries, long treeSize, long firstBadSeq, String reason) {
        return new Verification(false, entries, treeSize, firstBadSeq, reason);
    }
}
