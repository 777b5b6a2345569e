package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.accord.exchangelog.entry.EntryFields;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.JsonCursor;
import org.accord.exchangelog.json.JsonTokens;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Where the values of an entry line are, when every one of them is already in canonical form (the fast
 * way of {@link EntryLineHasher}): the token of each member, quotes included, by the member's index in
 * {@link EntryFields#CANONICAL_ORDER}, then {@code leafHash} decoded. {@link #read} says false as soon as
 * a value is not canonical or not valid, leaving the line to the general way; it never accepts a line
 * {@link EntryLineParser} would refuse. Reusable, not thread-safe.
 */
final class CanonicalLineTokens {

    static final int LEAF_HASH = EntryFields.CANONICAL_ORDER.size();
    static final int SEQ = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.SEQ);
    static final int COUNTRIES = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.COUNTRIES);
    private static final int TIME = EntryFields.CANONICAL_ORDER.indexOf(EntryFields.TIME);
    private static final int OPTIONAL = 1 << EntryFields.CANONICAL_ORDER.indexOf(EntryFields.AGREEMENT_ID)
            | 1 << EntryFields.CANONICAL_ORDER.indexOf(EntryFields.OUTCOME) | 1 << LEAF_HASH;
    private static final int REQUIRED = (1 << LEAF_HASH) - 1 & ~OPTIONAL;
    private static final byte[][] NAMES = new byte[LEAF_HASH + 1][];

    static {
        for (int i = 0; i < LEAF_HASH; i++) {
            NAMES[i] = EntryFields.CANONICAL_ORDER.get(i).getBytes(StandardCharsets.US_ASCII);
        }
        NAMES[LEAF_HASH] = EntryLineParser.LEAF_HASH.getBytes(StandardCharsets.US_ASCII);
    }

    private final JsonCursor cursor = new JsonCursor();
    private final JsonTokens tokens = new JsonTokens(cursor);
    private final int[] tokenStart = new int[LEAF_HASH + 1];
    private final int[] tokenEnd = new int[LEAF_HASH + 1];
    private int[] countries = new int[16]; // start and end of each country's token
    private int countryCount;
    private final byte[] base64 = new byte[44];
    private final byte[] claimed = new byte[MerkleHasher.HASH_LENGTH];
    /** One bit per member present in the last line, by its index in NAMES. */
    private int seen;
    private long seq;

    /** Locates every value token; false unless each is present at most once, canonical and valid. */
    boolean read(byte[] text, int start, int end) {
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

    boolean has(int member) {
        return (seen & 1 << member) != 0;
    }

    int start(int member) {
        return tokenStart[member];
    }

    int end(int member) {
        return tokenEnd[member];
    }

    long seq() {
        return seq;
    }

    int countryCount() {
        return countryCount;
    }

    int countryStart(int i) {
        return countries[2 * i];
    }

    int countryEnd(int i) {
        return countries[2 * i + 1];
    }

    /** The decoded {@code leafHash}, if {@link #has}{@code (LEAF_HASH)}; overwritten by the next line. */
    byte[] claimed() {
        return claimed;
    }
}
