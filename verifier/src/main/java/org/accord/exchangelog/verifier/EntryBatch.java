package org.accord.exchangelog.verifier;

import java.util.Arrays;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.files.EntryLineParser;
import org.accord.exchangelog.files.ParsedEntryLine;
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

    private static final ThreadLocal<EntryLineParser> PARSER = ThreadLocal.withInitial(EntryLineParser::new);

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

    private EntryBatch(int lines) {
        this.lines = lines;
        this.lineIndex = new int[lines];
        this.seq = new long[lines];
        this.leafHashes = new byte[lines * MerkleHasher.HASH_LENGTH];
        this.claim = new byte[lines];
        this.error = new String[lines];
    }

    /** Parses and hashes the lines in {@code text[0, length)}, which ends at a line end or the file's end. */
    static EntryBatch parse(byte[] text, int length) {
        int lines = 0;
        for (int i = 0; i < length; i++) {
            if (text[i] == '\n') {
                lines++;
            }
        }
        if (length > 0 && text[length - 1] != '\n') {
            lines++; // the file's last line, without a line feed
        }
        EntryBatch batch = new EntryBatch(lines);
        int start = 0;
        for (int line = 0; line < lines; line++) {
            int end = start;
            while (end < length && text[end] != '\n') {
                end++;
            }
            batch.add(line, text, start, end);
            start = end + 1;
        }
        return batch;
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
            ParsedEntryLine parsed = PARSER.get().parse(text, start, last);
            seq[entry] = parsed.entry().seq();
            int offset = entry * MerkleHasher.HASH_LENGTH;
            EntryEncoder.forCurrentThread().leafHash(parsed.entry(), leafHashes, offset);
            claim[entry] = parsed.claimedLeafHash() == null ? NO_CLAIM
                    : matches(parsed.claimedLeafHash(), offset) ? CLAIM_MATCHES : CLAIM_DIFFERS;
        } catch (IllegalArgumentException e) {
            error[entry] = e.getMessage();
        }
    }

    private boolean matches(byte[] claimed, int offset) {
        return Arrays.equals(claimed, 0, claimed.length, leafHashes, offset, offset + MerkleHasher.HASH_LENGTH);
    }
}
