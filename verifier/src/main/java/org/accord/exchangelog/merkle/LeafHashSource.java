package org.accord.exchangelog.merkle;

import java.util.List;

/**
 * Random access to the leaf hashes of a log, for generating proofs: a list in memory, or the server's
 * stored hashes read on demand.
 */
public interface LeafHashSource {

    /** How many leaves there are. */
    long size();

    /** The hash of leaf {@code index} ({@code 0 <= index < size()}), 32 bytes. */
    byte[] leafHash(long index);

    /** A source over a list of leaf hashes (not copied). */
    static LeafHashSource of(List<byte[]> leafHashes) {
        return new LeafHashSource() {
            @Override
            public long size() {
                return leafHashes.size();
            }

            @Override
            public byte[] leafHash(long index) {
                return leafHashes.get(Math.toIntExact(index));
            }
        };
    }
}
