package org.accord.exchangelog;

import java.util.Base64;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;

/** The RFC 9162 leaf hash of an entry's canonical encoding, in base64 as it is stored and served. */
final class LeafHashes {

    private LeafHashes() {
    }

    static String of(LogEntry entry) {
        return Base64.getEncoder().encodeToString(EntryEncoder.forCurrentThread().leafHash(entry));
    }
}
