package org.accord.exchangelog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.accord.exchangelog.entry.EntryEncoder;

/**
 * The lines of {@code entries.jsonl} (docs/exchange-log-format.md §5). An entry the downloader may see is
 * its canonical JSON with the leaf hash the portal STORED added as {@code leafHash}, so the offline verifier
 * sees an entry whose fields were changed after it was logged (its recomputed hash then differs). An entry
 * it may not see is {@code {"seq":N,"leafHash":"..."}} only: the verifier needs every leaf to rebuild the
 * Merkle tree, and a leaf hash does not show the entry's fields.
 */
final class DownloadLines {

    private DownloadLines() {
    }

    /** The line of {@code entry} for a downloader limited to {@code country} (null: sees every entry). */
    static byte[] of(ExchangeLogEntry entry, String country) {
        return country == null || entry.involves(country) ? full(entry) : leafOnly(entry);
    }

    static byte[] full(ExchangeLogEntry entry) {
        byte[] canonical = EntryEncoder.forCurrentThread().canonicalBytes(entry.record());
        byte[] tail = (",\"leafHash\":\"" + entry.getLeafHash() + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        byte[] line = Arrays.copyOf(canonical, canonical.length - 1 + tail.length);
        System.arraycopy(tail, 0, line, canonical.length - 1, tail.length);
        return line;
    }

    static byte[] leafOnly(ExchangeLogEntry entry) {
        return ("{\"seq\":" + entry.getSeq() + ",\"leafHash\":\"" + entry.getLeafHash() + "\"}\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
