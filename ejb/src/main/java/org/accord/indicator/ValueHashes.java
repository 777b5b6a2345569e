package org.accord.indicator;

/**
 * The (type, value) pairs an import has already written, as 64-bit hashes in an open-addressing table:
 * about 16 bytes per distinct value instead of a string each, so a million-row import stays small in the
 * heap. A hit is only a suspicion (two values may share a hash): the importer settles it in the database.
 */
final class ValueHashes {

    private long[] table = new long[1 << 16];
    private int size;

    /** Adds the hash; false if it was there already. */
    boolean add(long hash) {
        long h = hash == 0 ? 1 : hash;
        if (size * 10L >= table.length * 7L) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                size++;
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) {
            if (h != 0) {
                add(h);
            }
        }
    }

    /** FNV-1a over the type and the characters, then MurmurHash3's finaliser to spread the bits. */
    static long of(IndicatorType type, String value) {
        long h = 0xcbf29ce484222325L ^ type.ordinal();
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
