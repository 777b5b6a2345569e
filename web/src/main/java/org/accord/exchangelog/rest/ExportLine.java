package org.accord.exchangelog.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.accord.exchangelog.ExchangeLogEntry;
import org.accord.exchangelog.entry.EntryEncoder;

/**
 * One line of {@code entries.jsonl}: the entry's canonical JSON with the leaf hash the portal STORED
 * added as {@code leafHash}, so that the offline verifier sees an entry whose fields were changed
 * after it was logged (its recomputed hash then differs from the stored one).
 */
final class ExportLine {

    private ExportLine() {
    }

    static byte[] of(ExchangeLogEntry entry) {
        byte[] canonical = EntryEncoder.forCurrentThread().canonicalBytes(entry.record());
        byte[] tail = (",\"leafHash\":\"" + entry.getLeafHash() + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        byte[] line = Arrays.copyOf(canonical, canonical.length - 1 + tail.length);
        System.arraycopy(tail, 0, line, canonical.length - 1, tail.length);
        return line;
    }
}
