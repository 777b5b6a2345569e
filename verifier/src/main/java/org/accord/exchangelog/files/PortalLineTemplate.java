package org.accord.exchangelog.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.accord.exchangelog.entry.EntryTime;
import org.accord.exchangelog.json.ByteScan;
import org.accord.exchangelog.json.CanonicalJsonWriter;
import org.accord.exchangelog.json.CanonicalStrings;
import org.accord.exchangelog.merkle.MerkleHasher;

/**
 * Recognizes a line written exactly as the portal writes it ({@link EntryLineWriter}): the canonical
 * bytes of a valid entry, then {@code ,"leafHash":"<44 base64 characters>"} before the closing brace.
 * Such a line holds its canonical bytes already, so it needs no parsing: one pass compares the fixed
 * member names and punctuation, checks each value is canonical and valid (strings per RFC 8785, seq a
 * plain integer below 2<sup>53</sup>, time in the 27-character form, countries ascending plain ASCII),
 * and the bytes before {@code ,"leafHash"} plus {@code }} are the canonical bytes. A line that differs in
 * any way, even legally (other member order, other escaping, whitespace, a null), does not match and is
 * left to {@link EntryLineParser}. Reusable, not thread-safe.
 */
final class PortalLineTemplate {

    private static final byte[] ACTION = ascii("{\"action\":");
    private static final byte[] ACTOR = ascii(",\"actor\":");
    private static final byte[] ACTOR_COUNTRY = ascii(",\"actorCountry\":");
    private static final byte[] AGREEMENT_ID = ascii(",\"agreementId\":");
    private static final byte[] COUNTRIES = ascii(",\"countries\":[");
    private static final byte[] OBJECT_ID = ascii(",\"objectId\":");
    private static final byte[] OBJECT_TYPE = ascii(",\"objectType\":");
    private static final byte[] OUTCOME = ascii(",\"outcome\":");
    private static final byte[] SEQ = ascii(",\"seq\":");
    private static final byte[] TIME = ascii(",\"time\":\"");
    private static final byte[] LEAF_HASH = ascii(",\"" + EntryLineParser.LEAF_HASH + "\":\"");
    private static final int BASE64_LENGTH = 44;

    private byte[] text;
    private int end;
    private int pos;
    private long seq;
    private int canonicalEnd;
    private boolean hasClaim;
    private final byte[] base64 = new byte[BASE64_LENGTH];
    private final byte[] claimed = new byte[MerkleHasher.HASH_LENGTH];

    /** Whether {@code text[start, end)} is a portal line; if so, the accessors describe it. */
    boolean matches(byte[] text, int start, int end) {
        this.text = text;
        this.end = end;
        this.pos = start;
        boolean entry = literal(ACTION) && string() && literal(ACTOR) && string() && literal(ACTOR_COUNTRY) && string()
                && (!literal(AGREEMENT_ID) || string()) && literal(COUNTRIES) && countries()
                && literal(OBJECT_ID) && string() && literal(OBJECT_TYPE) && string() && (!literal(OUTCOME) || string())
                && literal(SEQ) && seqDigits() && literal(TIME) && time();
        if (!entry) {
            return false;
        }
        canonicalEnd = pos;
        hasClaim = literal(LEAF_HASH);
        if (hasClaim && !claim()) {
            return false;
        }
        return pos + 1 == end && text[pos] == '}';
    }

    /** Copies the canonical bytes of the matched line into {@code into} (room for the line); returns their length. */
    int canonicalBytes(byte[] into, int lineStart) {
        int length = canonicalEnd - lineStart;
        System.arraycopy(text, lineStart, into, 0, length);
        into[length] = '}';
        return length + 1;
    }

    long seq() {
        return seq;
    }

    /** The decoded {@code leafHash}, or null if the line has none; overwritten by the next line. */
    byte[] claimedLeafHash() {
        return hasClaim ? claimed : null;
    }

    /** Consumes {@code bytes} if they come next. */
    private boolean literal(byte[] bytes) {
        if (pos + bytes.length > end || !ByteScan.regionEquals(text, pos, bytes)) {
            return false;
        }
        pos += bytes.length;
        return true;
    }

    /** A non-empty string in canonical form. */
    private boolean string() {
        int after = pos < end && text[pos] == '"' ? CanonicalStrings.tokenEnd(text, pos, end) : -1;
        if (after <= pos + 2) { // -1, or the empty string ""
            return false;
        }
        pos = after;
        return true;
    }

    /** Non-empty plain ASCII strings in strictly ascending order (byte order is UTF-16 order for ASCII), then ']'. */
    private boolean countries() {
        int previousStart = -1;
        int previousEnd = -1;
        while (pos < end && text[pos] != ']') {
            if (previousStart >= 0 && text[pos++] != ',') {
                return false;
            }
            int start = pos;
            if (!string() || !plainAscii(start + 1, pos - 1) || previousStart >= 0
                    && Arrays.compare(text, previousStart, previousEnd, text, start + 1, pos - 1) >= 0) {
                return false;
            }
            previousStart = start + 1;
            previousEnd = pos - 1;
        }
        return pos++ < end;
    }

    private boolean plainAscii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] < 0x20 || text[i] == '\\') { // negative for every non-ASCII byte
                return false;
            }
        }
        return true;
    }

    /** A canonical integer: "0" or no leading zero, at most 2^53 - 1. */
    private boolean seqDigits() {
        int start = pos;
        long value = 0;
        while (pos < end && pos - start < 17 && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos++] - '0');
        }
        seq = value;
        int digits = pos - start;
        return digits > 0 && (digits == 1 || text[start] != '0') && value <= CanonicalJsonWriter.MAX_EXACT_INTEGER;
    }

    private boolean time() {
        if (pos + EntryTime.LENGTH + 1 > end || !EntryTime.isCanonical(text, pos) || text[pos + EntryTime.LENGTH] != '"') {
            return false;
        }
        pos += EntryTime.LENGTH + 1;
        return true;
    }

    private boolean claim() {
        if (pos + BASE64_LENGTH + 1 > end || text[pos + BASE64_LENGTH] != '"') {
            return false;
        }
        System.arraycopy(text, pos, base64, 0, BASE64_LENGTH);
        pos += BASE64_LENGTH + 1;
        try {
            return Base64.getDecoder().decode(base64, claimed) == claimed.length;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
