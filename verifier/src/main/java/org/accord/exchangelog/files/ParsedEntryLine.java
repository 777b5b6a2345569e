package org.accord.exchangelog.files;

import java.util.List;
import org.accord.exchangelog.entry.LogEntry;

/**
 * One line of {@code entries.jsonl} (or of a dossier's {@code dossier.jsonl}): the entry's position, the
 * entry itself, or null for a <em>leaf-only</em> line (an entry the downloader may not see, given as its
 * leaf hash alone), the leaf hash the portal claims for it (null when the line carries none; never null for
 * a leaf-only line), and, in a dossier, the entry's audit path (null elsewhere). The verifier recomputes
 * the hash of a full entry and compares.
 */
public record ParsedEntryLine(long seq, LogEntry entry, byte[] claimedLeafHash, List<byte[]> auditPath) {

    public ParsedEntryLine(LogEntry entry, byte[] claimedLeafHash) {
        this(entry.seq(), entry, claimedLeafHash, null);
    }

    /** Whether the line gives the entry's leaf hash only, not its fields. */
    public boolean leafOnly() {
        return entry == null;
    }
}
