package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.accord.exchangelog.files.FrontierJson;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.merkle.MerkleHasher;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * Walks the entries in file order, in one pass: each line must be a valid entry with the next seq
 * (0, 1, 2, ...), its claimed leaf hash must equal the one recomputed from its fields, and whenever the
 * entries so far reach the size of a trusted tree head, their Merkle root must equal its signed root.
 * Stops at the first problem and names the first bad entry; {@link SeqProblem} tells a deleted entry from
 * a moved or inserted one. A download may start after seq 0 when a frontier (the subtree roots of the
 * entries before it) comes with it; the frontier must then fold into the signed root of its size.
 */
final class EntryStreamCheck {

    /**
     * How many entries were read and verified under a signed root, how many of them were leaf-only lines,
     * and the first problem or null.
     */
    record Result(long entries, long verifiedEntries, long leafOnly, int treeHeadsMatched, Failure failure) {
    }

    private final List<SignedTreeHead> treeHeads;
    private final Consumer<String> out;
    private final CompactRange tree;
    /** The seq of the first downloaded entry: 0, or the size of the frontier. */
    private final long start;
    private final List<Long> matchedSizes = new ArrayList<>();
    private int nextTreeHead;
    private long verifiedSize = -1;
    private int treeHeadsMatched;
    private long claims;
    private long leafOnly;
    private long lastLine;

    /**
     * Checks against {@code treeHeads} (trusted, by increasing size, one per size) entries that start at seq
     * 0, or, given a {@code frontier} (may be null), at its size.
     */
    EntryStreamCheck(List<SignedTreeHead> treeHeads, FrontierJson.Frontier frontier, Consumer<String> out) {
        this.treeHeads = treeHeads;
        this.out = out;
        this.tree = frontier == null ? new CompactRange() : CompactRange.resume(frontier.size(), frontier.subtreeRoots());
        this.start = tree.size();
    }

    Result run(EntryBatchReader reader) throws IOException {
        Failure failure = startAtFrontier();
        if (failure == null) {
            failure = compareTreeHeads();
        }
        long lineBase = 0;
        EntryBatch batch;
        while (failure == null && (batch = reader.next()) != null) {
            for (int i = 0; i < batch.count && failure == null; i++) {
                long line = lineBase + batch.lineIndex[i] + 1;
                if (batch.error[i] == null && batch.seq[i] != tree.size()) {
                    failure = new SeqProblem(tree.size(), batch.seq[i], line, lastLine)
                            .diagnose(batch, i + 1, lineBase, reader);
                } else {
                    failure = checkEntry(batch, i, line);
                    if (failure == null) {
                        lastLine = line;
                        failure = compareTreeHeads();
                    }
                }
            }
            lineBase += batch.lines;
        }
        if (failure == null) {
            failure = endOfEntries();
        }
        if (failure != null) {
            out.accept("entries: " + failure.reason());
        }
        return new Result(tree.size() - start, Math.max(verifiedSize, start) - start, leafOnly, treeHeadsMatched,
                failure);
    }

    /** Checks one entry whose seq is the expected one and adds it to the tree; null if it is fine. */
    private Failure checkEntry(EntryBatch batch, int i, long line) {
        long expected = tree.size();
        if (batch.error[i] != null) {
            return Failure.atEntry(expected, "line " + line + " is not a valid entry: " + batch.error[i]);
        }
        if (batch.claim[i] == EntryBatch.CLAIM_DIFFERS) {
            return Failure.atEntry(expected, "line " + line + ": the entry's fields do not hash to the leafHash the"
                    + " portal published for it (the entry was changed after it was logged)");
        }
        if (batch.claim[i] == EntryBatch.CLAIM_MATCHES) {
            claims++;
        } else if (batch.claim[i] == EntryBatch.LEAF_ONLY) {
            leafOnly++;
        }
        tree.append(batch.leafHashes, i * MerkleHasher.HASH_LENGTH);
        return null;
    }

    /**
     * Passes over the tree heads older than the first downloaded entry; when that is not seq 0, ties the
     * frontier (the subtree roots of the entries before it) to the signed root of its size.
     */
    private Failure startAtFrontier() {
        while (nextTreeHead < treeHeads.size() && treeHeads.get(nextTreeHead).size() < start) {
            out.accept("tree head size=" + treeHeads.get(nextTreeHead++).size()
                    + ": before the downloaded entries (signature checked only)");
        }
        if (start == 0) {
            return null;
        }
        SignedTreeHead head = nextTreeHead < treeHeads.size() ? treeHeads.get(nextTreeHead) : null;
        if (head == null || head.size() != start) {
            return Failure.ofTreeHeads("the frontier of entries 0.." + (start - 1) + " matches no trusted tree head of"
                    + " size " + start + ": the downloaded entries cannot be tied to a signed root");
        }
        if (!MessageDigest.isEqual(tree.root(), head.rootHash())) {
            return Failure.ofTreeHeads("the frontier's root differs from the signed tree head size=" + start
                    + ": the frontier is not of this log");
        }
        nextTreeHead++;
        out.accept("frontier size=" + start + ": root matches tree head size=" + start + " (entries 0.." + (start - 1)
                + " not downloaded)");
        matched(start);
        return null;
    }

    private void matched(long size) {
        verifiedSize = size;
        matchedSizes.add(size);
        treeHeadsMatched++;
    }

    /** Compares the root of the entries so far with every tree head of that size. */
    private Failure compareTreeHeads() {
        long size = tree.size();
        while (nextTreeHead < treeHeads.size() && treeHeads.get(nextTreeHead).size() == size) {
            SignedTreeHead head = treeHeads.get(nextTreeHead++);
            if (!MessageDigest.isEqual(tree.root(), head.rootHash()) && size == 0) {
                return Failure.ofTreeHeads("the signed tree head size=0 does not have the empty tree's root");
            }
            if (!MessageDigest.isEqual(tree.root(), head.rootHash())) {
                long first = Math.max(verifiedSize, 0);
                String matching = verifiedSize > 0
                        ? "; entries 0.." + (verifiedSize - 1) + " match tree head size=" + verifiedSize : "";
                return Failure.inRange(first, size - 1, "the root of entries 0.." + (size - 1) + " differs from the"
                        + " signed tree head size=" + size + matching + ": an entry in between was changed, inserted"
                        + " or removed");
            }
            out.accept("tree head size=" + size + ": root matches " + (size == 0 ? "the empty tree" : "entries 0.." + (size - 1)));
            matched(size);
        }
        return null;
    }

    private Failure endOfEntries() {
        long next = tree.size();
        if (nextTreeHead < treeHeads.size()) {
            long size = treeHeads.get(nextTreeHead).size();
            return Failure.atEntry(next, "the entries end " + (next == start ? "before seq=" + start
                    : "at seq=" + (next - 1) + " (line " + lastLine + ")") + " but the signed tree head size="
                    + size + " covers seq 0.." + (size - 1) + ": the rest was deleted, or not all downloaded");
        }
        out.accept(next == start ? "entries: none" : "entries: " + (next - start) + " in seq order " + start + ".."
                + (next - 1) + ", none missing, repeated or moved");
        long full = next - start - leafOnly;
        if (full > 0) {
            out.accept("entries: " + (claims == 0 ? "no line claims a leafHash; roots recomputed from the fields"
                    : claims + " claimed leaf hashes equal the ones recomputed from the fields"));
        }
        if (leafOnly > 0) {
            out.accept("entries: " + leafOnly + " given as their leaf hash only (entries the downloader may not"
                    + " see): their fields were not checked, their hashes are covered by the signed roots");
        }
        for (int i = 1; i < matchedSizes.size(); i++) {
            out.accept("tree heads size=" + matchedSizes.get(i - 1) + " -> size=" + matchedSizes.get(i)
                    + ": consistent (both roots recomputed from the same entries)");
        }
        if (next > Math.max(verifiedSize, 0)) {
            out.accept("entries: seq " + Math.max(verifiedSize, 0) + ".." + (next - 1)
                    + " come after the newest signed tree head: not covered by a signature yet");
        }
        return null;
    }
}
