package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.accord.exchangelog.entry.EntryEncoder;
import org.accord.exchangelog.entry.EntryFields;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonCursor;
import org.accord.exchangelog.json.JsonTokens;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * The leaf hash of one line of {@code entries.jsonl}, as fast as the line allows.
 * <p>
 * A line the portal wrote ({@link EntryLineWriter}) is its entry's canonical JSON plus a {@code leafHash}
 * member, so each value is already in canonical form: the canonical bytes are those value tokens, copied
 * in canonical member order, and nothing needs decoding into Strings (the fast way). Any line not in that
 * form (members escaped differently, countries unsorted, a null, an unknown member, an error) goes the
 * general way, {@link EntryLineParser} then {@link EntryEncoder}, which also words the error. Both ways give
 * the same bytes for the same entry; the fast way only takes lines whose every value it can prove
 * canonical and valid. Reusable, not thread-safe.
 */
public final class EntryLineHasher {

    /** What the line's {@code leafHash} says about the recomputed hash. */
    public enum Claim { NONE, MATCHES, DIFFERS }

    private static final int LEAF_HASH = EntryFields.CANONICAL_ORDER.size();
    private static final int SEQ = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.SEQ);
    private static final int TIME = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.TIME);
    private static final int COUNTRIES = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.COUNTRIES);
    private static final int OPTIONAL = 1 << EntryFields.CANONICAL_ORDER.indexOf(EntryFields.AGREEMENT_ID)
            | 1 << EntryFields.CANONICAL_ORDER.indexOf(EntryFields.OUTCOME) | 1 << LEAF_HASH;
    private static final int REQUIRED = (1 << LEAF_HASH) - 1 & ~OPTIONAL;
    private static final byte[][] NAMES = new byte[LEAF_HASH + 1][];
    /** Per member: what precedes its value in canonical JSON, such as {@code ,"actor":}. */
    private static final byte[][] PREFIXES = new byte[LEAF_HASH][];

    static {
        for (int i = 0; i < LEAF_HASH; i++) {
            String name = EntryFields.CANONICAL_ORDER.get(i);
            NAMES[i] = name.getBytes(StandardCharsets.US_ASCII);
            PREFIXES[i] = ((i == 0 ? "{" : ",") + '"' + name + "\":").getBytes(StandardCharsets.US_ASCII);
        }
        NAMES[LEAF_HASH] = EntryLineParser.LEAF_HASH.getBytes(StandardCharsets.US_ASCII);
    }

    private final JsonCursor cursor = new JsonCursor();
    private final JsonTokens tokens = new JsonTokens(cursor);
    private final EntryLineParser parser = new EntryLineParser();
    private final EntryEncoder encoder = new EntryEncoder();
    private final MerkleHasher hasher = new MerkleHasher();
    private byte[] canonical = new byte[1024];
    private int canonicalLength;
    private final int[] tokenStart = new int[LEAF_HASH + 1];
    private final int[] tokenEnd = new int[LEAF_HASH + 1];
    private int[] countries = new int[16]; // start and end of each country's token
    private int countryCount;
    private final byte[] base64 = new byte[44];
    private final byte[] claimed = new byte[MerkleHasher.HASH_LENGTH];
    /** One bit per member present in the last line, by its index in NAMES. */
    private int seen;
    private long seq;
    private Claim claim;

    /**
     * Writes the leaf hash of the entry in {@code text[start, end)} into {@code out} at {@code offset} and
     * returns the entry's seq; {@link #claim()} then tells how the line's {@code leafHash} compares.
     *
     * @throws IllegalArgumentException if the line is not a valid entry, saying why
     */
    public long hash(byte[] text, int start, int end, byte[] out, int offset) {
        boolean fast;
        try {
            fast = readCanonical(text, start, end);
        } catch (IllegalArgumentException e) {
            fast = false; // the general way words the error
        }
        if (fast) {
            writeCanonical(text, end - start);
            hasher.leafHash(canonical, 0, canonicalLength, out, offset);
            claim = (seen & 1 << LEAF_HASH) == 0 ? Claim.NONE : compare(claimed, out, offset);
            return seq;
        }
        ParsedEntryLine line = parser.parse(text, start, end);
        encoder.leafHash(line.entry(), out, offset);
        claim = line.claimedLeafHash() == null ? Claim.NONE : compare(line.claimedLeafHash(), out, offset);
        return line.entry().seq();
    }

    /** How the last line's claimed leaf hash compares with the recomputed one. */
    public Claim claim() {
        return claim;
    }

    /** Locates every value token; false unless each is present at most once, canonical and valid. */
    private boolean readCanonical(byte[] text, int start, int end) {
        cursor.reset(text, start, end).beginObject();
        seen = 0;
        int member = -1;
        while (cursor.hasNextMember()) {
            member = tokens.readName(NAMES, member + 1);
            if (member < 0 || (seen & 1 << member) != 0) {
                return false;
            }
            seen |= 1 << member;
            if (member == SEQ) {
                seq = cursor.readLong();
                if (seq < 0 || seq > CanonicalJsonWriter.MAX_EXACT_INTEGER) {
                    return false;
                }
            } else if (member == COUNTRIES) {
                if (!readCountries(text)) {
                    return false;
                }
            } else if (!tokens.skipCanonicalString() || tokens.tokenEnd() - tokens.tokenStart() <= 2) {
                return false; // not a canonical string, or an empty one
            } else {
                tokenStart[member] = tokens.tokenStart();
                tokenEnd[member] = tokens.tokenEnd();
            }
        }
        cursor.endOfText();
        return (seen & REQUIRED) == REQUIRED && canonicalTime(text) && decodedClaim(text);
    }

    /** Countries as canonical plain ASCII strings, strictly ascending (so byte order is UTF-16 order). */
    private boolean readCountries(byte[] text) {
        countryCount = 0;
        cursor.beginArray();
        while (cursor.hasNextElement()) {
            if (!tokens.skipCanonicalString() || !plainAscii(text, tokens.tokenStart(), tokens.tokenEnd())) {
                return false;
            }
            // compare the contents, not the tokens: a closing quote must not sort before "!" or " "
            if (countryCount > 0 && Arrays.compare(text, countries[2 * countryCount - 2] + 1,
                    countries[2 * countryCount - 1] - 1, text, tokens.tokenStart() + 1, tokens.tokenEnd() - 1) >= 0) {
                return false;
            }
            if (2 * countryCount + 2 > countries.length) {
                countries = Arrays.copyOf(countries, countries.length * 2);
            }
            countries[2 * countryCount] = tokens.tokenStart();
            countries[2 * countryCount + 1] = tokens.tokenEnd();
            countryCount++;
        }
        return true;
    }

    /** A non-empty string token of printable ASCII without escapes. */
    private static boolean plainAscii(byte[] text, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (text[i] < 0x20 || text[i] == '\\') { // negative for every non-ASCII byte
                return false;
            }
        }
        return to - from > 2;
    }

    private boolean canonicalTime(byte[] text) {
        int from = tokenStart[TIME];
        return tokenEnd[TIME] - from == EntryTime.LENGTH + 2 && EntryTime.isCanonical(text, from + 1);
    }

    private boolean decodedClaim(byte[] text) {
        int from = tokenStart[LEAF_HASH];
        if ((seen & 1 << LEAF_HASH) == 0) {
            return true;
        }
        if (tokenEnd[LEAF_HASH] - from != base64.length + 2) {
            return false;
        }
        System.arraycopy(text, from + 1, base64, 0, base64.length);
        return Base64.getDecoder().decode(base64, claimed) == claimed.length;
    }

    /**
     * Copies the tokens into {@code canonical} in canonical order. The canonical form is never longer than the
     * line (it holds the same names, punctuation and values, minus leafHash), so one capacity check does.
     */
    private void writeCanonical(byte[] text, int lineLength) {
        if (canonical.length < lineLength + 32) {
            canonical = new byte[2 * lineLength + 32];
        }
        int at = 0;
        for (int member = 0; member < LEAF_HASH; member++) {
            if ((seen & 1 << member) == 0) {
                continue;
            }
            at = copy(PREFIXES[member], 0, PREFIXES[member].length, at);
            if (member == SEQ) {
                at = writeDigits(seq, at);
            } else if (member == COUNTRIES) {
                canonical[at++] = '[';
                for (int i = 0; i < countryCount; i++) {
                    if (i > 0) {
                        canonical[at++] = ',';
                    }
                    at = copy(text, countries[2 * i], countries[2 * i + 1], at);
                }
                canonical[at++] = ']';
            } else {
                at = copy(text, tokenStart[member], tokenEnd[member], at);
            }
        }
        canonical[at++] = '}';
        canonicalLength = at;
    }

    private int copy(byte[] from, int start, int end, int at) {
        System.arraycopy(from, start, canonical, at, end - start);
        return at + end - start;
    }

    /** Writes {@code value} (0 to 2^53 - 1) in decimal, as JCS writes an integer. */
    private int writeDigits(long value, int at) {
        int digits = 1;
        for (long rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--, value /= 10) {
            canonical[i] = (byte) ('0' + value % 10);
        }
        return at + digits;
    }

    private static Claim compare(byte[] claimedHash, byte[] out, int offset) {
        return Arrays.equals(claimedHash, 0, claimedHash.length, out, offset, offset + MerkleHasher.HASH_LENGTH)
                ? Claim.MATCHES : Claim.DIFFERS;
    }
}
