package org.accord.exchangelog.json;

import java.nio.charset.StandardCharsets;

/**
 * Token-level reading on a {@link JsonCursor}, for a caller that copies text already in canonical form
 * instead of decoding it into Strings: member names matched against known ASCII names without creating a
 * String, and string tokens recognized as canonical (RFC 8785) and located, quotes included.
 */
public final class JsonTokens {

    private final JsonCursor cursor;
    private String lastName;
    private int lastNameStart;
    private int lastNameEnd;
    private int tokenStart;

    public JsonTokens(JsonCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Reads a member's name and its colon and returns the index of the candidate (ASCII) it equals, or -1;
     * {@link #lastName()} gives the name itself. Tries the candidates {@code expected} and
     * {@code expected + 1} first: in a line written in canonical order, the next name is nearly always one
     * of those.
     */
    public int readName(byte[][] candidates, int expected) {
        cursor.expect('"');
        byte[] text = cursor.text;
        int start = cursor.pos;
        for (int i = Math.max(expected, 0); i < Math.min(expected + 2, candidates.length); i++) {
            int close = start + candidates[i].length;
            if (close < cursor.end && text[close] == '"' && ByteScan.regionEquals(text, start, candidates[i])) {
                return nameRead(start, close, i);
            }
        }
        int close = ByteScan.skipPlainStringBytes(text, start, cursor.end);
        if (close == cursor.end || text[close] != '"') { // escapes or non-ASCII: decode it as any string
            cursor.pos = start - 1;
            lastName = cursor.readName();
            for (int i = 0; i < candidates.length; i++) {
                if (lastName.equals(new String(candidates[i], StandardCharsets.US_ASCII))) {
                    return i;
                }
            }
            return -1;
        }
        for (int i = 0; i < candidates.length; i++) {
            if (close - start == candidates[i].length && ByteScan.regionEquals(text, start, candidates[i])) {
                return nameRead(start, close, i);
            }
        }
        return nameRead(start, close, -1);
    }

    private int nameRead(int start, int close, int candidate) {
        lastName = null;
        lastNameStart = start;
        lastNameEnd = close;
        cursor.pos = close + 1;
        cursor.expect(':');
        return candidate;
    }

    /** The name read by the last {@link #readName(byte[][])}. */
    public String lastName() {
        return lastName != null ? lastName
                : new String(cursor.text, lastNameStart, lastNameEnd - lastNameStart, StandardCharsets.ISO_8859_1);
    }

    /**
     * Skips the string that comes next if it is in RFC 8785 canonical form (see {@link CanonicalStrings}),
     * so that its token {@code text[tokenStart(), position())}, quotes included, can be copied as it is.
     * Otherwise (another value, or a string written differently) returns false and stays where it is.
     */
    public boolean skipCanonicalString() {
        if (cursor.nextNonSpace() != '"') {
            return false;
        }
        int after = CanonicalStrings.tokenEnd(cursor.text, cursor.pos, cursor.end);
        if (after < 0) {
            return false;
        }
        tokenStart = cursor.pos;
        cursor.pos = after;
        return true;
    }

    /** Where the token skipped by {@link #skipCanonicalString()} starts. */
    public int tokenStart() {
        return tokenStart;
    }

    /** Where it ends: the cursor's position. */
    public int tokenEnd() {
        return cursor.pos;
    }
}
