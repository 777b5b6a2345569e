package org.accord.exchangelog.verifier;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import java.util.function.Consumer;
import org.accord.exchangelog.merkle.CompactRange;
import org.accord.exchangelog.merkle.MerkleHasher;
import org.accord.exchangelog.treehead.SignedTreeHead;

/**
 * Walks the entries in file order, in one pass: each line must be a valid entry with the next seq
 * (0, 1, 2, ...), its claimed leaf hash must equal the one recomputed from its fields, and whenever the
 * entries so far reach the size of a trusted tree head, their Merkle root must equal its signed root.
 * Stops at the first problem and names the first bad entry; {@link SeqProblem} tells a deleted entry from
 * a moved or inserted one.
 */
final class EntryStreamCheck {

    /** How far the entries verified, and the first problem or null. */
    record Result(long entries, long verifiedSize, int treeHeadsMatched, Failure failure) {
    }

    private final List<SignedTreeHead> treeHeads;
    private final Consumer<String> out;
    private final CompactRange tree = new CompactRange();
    private int nextTreeHead;
    private long verifiedSize = -1;
    private int treeHeadsMatched;
    private long claims;
    private long lastLine;

    /** Checks against {@code treeHeads}: trusted, by increasing size, one per size. */
    EntryStreamCheck(List<SignedTreeHead> treeHeads, Consumer<String> out) {
        this.treeHeads = treeHeads;
        this.out = out;
    }

    Result run(EntryBatchReader reader) throws IOException {
        Failure failure = compareTreeHeads();
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
        return new Result(tree.size(), Math.max(verifiedSize, 0), treeHeadsMatched, failure);
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
        }
        tree.append(batch.leafHashes, i * MerkleHasher.HASH_LENGTH);
        return null;
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
            verifiedSize = size;
            treeHeadsMatched++;
        }
        return null;
    }

    private Failure endOfEntries() {
        long entries = tree.size();
        if (nextTreeHead < treeHeads.size()) {
            long size = treeHeads.get(nextTreeHead).size();
            return Failure.atEntry(entries, "the entries end " + (entries == 0 ? "before seq=0"
                    : "at seq=" + (entries - 1) + " (line " + lastLine + ")") + " but the signed tree head size="
                    + size + " covers seq 0.." + (size - 1) + ": the rest was deleted, or not all downloaded");
        }
        out.accept(entries == 0 ? "entries: none"
                : "entries: " + entries + " in seq order 0.." + (entries - 1) + ", none missing, repeated or moved");
        out.accept("entries: " + (claims == 0 ? "no line claims a leafHash; roots recomputed from the fields"
                : claims + " claimed leaf hashes equal the ones recomputed from the fields"));
        for (int i = 1; i < treeHeads.size(); i++) {
            out.accept("tree heads size=" + treeHeads.get(i - 1).size() + " -> size=" + treeHeads.get(i).size()
                    + ": consistent (both roots recomputed from the same entries)");
        }
        if (entries > Math.max(verifiedSize, 0)) {
            out.accept("entries: seq " + Math.max(verifiedSize, 0) + ".." + (entries - 1)
                    + " come after the newest signed tree head: not covered by a signature yet");
        }
        return null;
    }
}
