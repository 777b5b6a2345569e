package org.accord.exchangelog.files;

import org.accord.exchangelog.entry.LogEntry;

/**
 * One line of {@code entries.jsonl}: the entry, and the leaf hash the portal claims for it (null when the
 * line carries none). The verifier recomputes the hash and compares.
 */
public record ParsedEntryLine(LogEntry entry, byte[] claimedLeafHash) {
}
