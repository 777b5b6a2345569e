package org.accord.exchangelog.verifier;

import java.io.IOException;

/**
 * A line whose seq is not the next one, and what that says about the log. A seq that came already means
 * an inserted (or repeated) line; a seq too far ahead means the expected entry was either moved further
 * down (reordered) or deleted, which only the rest of the file can tell, so the rest is read for it.
 * Either way the first bad entry is named: the expected seq, or the repeated one when an inserted line
 * copies the seq of the line before it.
 */
final class SeqProblem {

    private final long expected;
    private final long found;
    private final long line;
    private final long previousLine;

    SeqProblem(long expected, long found, long line, long previousLine) {
        this.expected = expected;
        this.found = found;
        this.line = line;
        this.previousLine = previousLine;
    }

    /** Decides, reading on from entry {@code from} of {@code batch} (whose lines start after {@code lineBase}). */
    Failure diagnose(EntryBatch batch, int from, long lineBase, EntryBatchReader reader) throws IOException {
        if (found < expected) {
            if (found == expected - 1 && previousLine > 0) {
                return Failure.atEntry(found, "seq=" + found + " is on both line " + previousLine + " and line " + line
                        + ": an entry was inserted (or a line repeated)");
            }
            return Failure.atEntry(expected, "line " + line + " holds seq=" + found + ", which came earlier, where seq="
                    + expected + " belongs: an entry was inserted or moved");
        }
        long laterLine = findExpected(batch, from, lineBase, reader);
        if (laterLine > 0) {
            return Failure.atEntry(expected, "entries out of order: line " + line + " holds seq=" + found + " where seq="
                    + expected + " belongs, and seq=" + expected + " is on line " + laterLine + " (entries were moved)");
        }
        if (previousLine == 0) {
            return Failure.atEntry(expected, "seq=" + expected + " is missing: the first entry, on line " + line
                    + ", has seq=" + found);
        }
        return Failure.atEntry(expected, "seq=" + expected + " is missing: line " + line + " jumps from seq="
                + (expected - 1) + " to seq=" + found + " (an entry was deleted)");
    }

    /** The line of the first later entry with the expected seq, or -1. */
    private long findExpected(EntryBatch batch, int from, long lineBase, EntryBatchReader reader) throws IOException {
        for (int i = from; batch != null; i = 0) {
            for (; i < batch.count; i++) {
                if (batch.error[i] == null && batch.seq[i] == expected) {
                    return lineBase + batch.lineIndex[i] + 1;
                }
            }
            lineBase += batch.lines;
            batch = reader.next();
        }
        return -1;
    }
}
