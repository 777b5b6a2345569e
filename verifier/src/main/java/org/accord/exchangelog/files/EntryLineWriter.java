package org.accord.exchangelog.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.LogEntry;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Writes {@code entries.jsonl} as the portal serves it: per entry, its canonical JSON with the member
 * {@code "leafHash":"<base64>"} added last, and a line feed. Streams: memory does not grow with the log.
 * Not thread-safe; the caller closes the stream.
 */
public final class EntryLineWriter {

    private static final byte[] LEAF_HASH_MEMBER = (",\"" + EntryLineParser.LEAF_HASH + "\":\"")
            .getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final EntryEncoder encoder = new EntryEncoder();
    private final MerkleHasher hasher = new MerkleHasher();
    private final byte[] leafHash = new byte[MerkleHasher.HASH_LENGTH];

    public EntryLineWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes one line; returns the entry's leaf hash (a new array). */
    public byte[] write(LogEntry entry) throws IOException {
        byte[] canonical = encoder.canonicalBytes(entry);
        hasher.leafHash(canonical, 0, canonical.length, leafHash, 0);
        out.write(canonical, 0, canonical.length - 1); // all but the closing brace
        out.write(LEAF_HASH_MEMBER);
        out.write(Base64.getEncoder().encode(leafHash));
        out.write('"');
        out.write('}');
        out.write('\n');
        return leafHash.clone();
    }
}
