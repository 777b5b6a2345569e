package org.accord.exchangelog.verifier;

import java.util.Arrays;
import org.accord.exchangelog.files.EntryLineHasher;
import org.accord.exchangelog.json.ByteScan;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * The entries of a run of whole lines of {@code entries.jsonl}, parsed and hashed by a worker thread:
 * per entry its line, seq, recomputed leaf hash, whether it matches the claimed one, or why the line is
 * not a valid entry. Blank lines are skipped but counted, so line numbers stay those of the file.
 */
final class EntryBatch {

    static final byte NO_CLAIM = 0;
    static final byte CLAIM_MATCHES = 1;
    static final byte CLAIM_DIFFERS = 2;
    /** A leaf-only line: an entry the downloader may not see, given as its leaf hash alone. */
    static final byte LEAF_ONLY = 3;

    private static final ThreadLocal<EntryLineHasher> HASHER = ThreadLocal.withInitial(EntryLineHasher::new);

    /** Lines in the run, blank ones included. */
    final int lines;
    /** Entries (non-blank lines) in the run. */
    int count;
    /** Per entry: its line's index in the run, from 0. */
    final int[] lineIndex;
    final long[] seq;
    /** Per entry: 32 bytes of recomputed leaf hash, at 32 * entry. */
    final byte[] leafHashes;
    final byte[] claim;
    /** Per entry: null, or why the line is not a valid entry (then seq and hash are meaningless). */
    final String[] error;

    private EntryBatch(int lines, int capacity) {
        this.lines = lines;
        this.lineIndex = new int[capacity];
        this.seq = new long[capacity];
        this.leafHashes = new byte[capacity * MerkleHasher.HASH_LENGTH];
        this.claim = new byte[capacity];
        this.error = new String[capacity];
    }

    /** Parses and hashes the lines in {@code text[0, length)}, which ends at a line end or the file's end. */
    static EntryBatch parse(byte[] text, int length) {
        int[] lineEnds = lineEnds(text, length);
        EntryBatch batch = new EntryBatch(lineEnds[0], lineEnds[0]);
        int start = 0;
        for (int line = 0; line < lineEnds[0]; line++) {
            batch.add(line, text, start, lineEnds[line + 1]);
            start = lineEnds[line + 1] + 1;
        }
        return batch;
    }

    /** The number of lines, then where each ends (its line feed, or {@code length} for a last line without). */
    private static int[] lineEnds(byte[] text, int length) {
        int[] ends = new int[length / 128 + 2];
        int lines = 0;
        for (int start = 0; start < length; ) {
            int end = ByteScan.indexOf(text, start, length, (byte) '\n');
            if (end < 0) {
                end = length;
            }
            if (lines + 2 > ends.length) {
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            ends[++lines] = end;
            start = end + 1;
        }
        ends[0] = lines;
        return ends;
    }

    private void add(int line, byte[] text, int start, int end) {
        int last = end;
        while (last > start && (text[last - 1] == '\r' || text[last - 1] == ' ' || text[last - 1] == '\t')) {
            last--;
        }
        if (last == start) {
            return; // a blank line
        }
        int entry = count++;
        lineIndex[entry] = line;
        try {
            EntryLineHasher hasher = HASHER.get();
            seq[entry] = hasher.hash(text, start, last, leafHashes, entry * MerkleHasher.HASH_LENGTH);
            switch (hasher.claim()) {
                case NONE: claim[entry] = NO_CLAIM; break;
                case MATCHES: claim[entry] = CLAIM_MATCHES; break;
                case LEAF_ONLY: claim[entry] = LEAF_ONLY; break;
                default: claim[entry] = CLAIM_DIFFERS;
            }
        } catch (IllegalArgumentException e) {
            error[entry] = e.getMessage();
        }
    }
}
