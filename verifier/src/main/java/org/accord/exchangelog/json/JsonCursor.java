package org.accord.exchangelog.json;

import java.nio.charset.StandardCharsets;

/**
 * A strict pull parser over UTF-8 JSON text (RFC 8259) in a byte array: the caller walks the document
 * with {@link #beginObject()} / {@link #hasNextMember()} / {@link #readName()}, {@link #beginArray()} /
 * {@link #hasNextElement()}, and reads scalars. Made for the verifier's hot loop: one cursor is reset for
 * every line, and ASCII strings (nearly all of them) become Strings with a single copy.
 * <p>
 * Strict where leniency would let two texts mean one thing: no trailing commas, no leading zeros, no
 * invalid UTF-8, no unpaired surrogate escapes, nothing after the value but whitespace. Errors are
 * {@link MalformedJsonException}s. Not thread-safe.
 */
public final class JsonCursor {

    private static final int MAX_DEPTH = 64;

    private byte[] text;
    private int pos;
    private int end;
    /** Per open container: whether no member or element was read yet. */
    private final boolean[] first = new boolean[MAX_DEPTH];
    private final byte[] closer = new byte[MAX_DEPTH];
    private int depth;
    private final JsonStringDecoder strings = new JsonStringDecoder();

    /** Parses {@code text[start, end)} from now on. */
    public JsonCursor reset(byte[] text, int start, int end) {
        this.text = text;
        this.pos = start;
        this.end = end;
        this.depth = 0;
        return this;
    }

    /** Parses all of {@code text}. */
    public JsonCursor reset(byte[] text) {
        return reset(text, 0, text.length);
    }

    /** The kind of the next value, without consuming it. */
    public JsonToken peek() {
        switch (nextNonSpace()) {
            case '{': return JsonToken.OBJECT;
            case '[': return JsonToken.ARRAY;
            case '"': return JsonToken.STRING;
            case 't': return JsonToken.TRUE;
            case 'f': return JsonToken.FALSE;
            case 'n': return JsonToken.NULL;
            default:
                byte b = text[pos];
                if (b == '-' || (b >= '0' && b <= '9')) {
                    return JsonToken.NUMBER;
                }
                throw error("a value expected");
        }
    }

    public void beginObject() {
        open('{', '}');
    }

    public void beginArray() {
        open('[', ']');
    }

    /** Whether the current object has another member; consumes the separating comma or the closing brace. */
    public boolean hasNextMember() {
        return hasNext('}');
    }

    /** Whether the current array has another element; consumes the separating comma or the closing bracket. */
    public boolean hasNextElement() {
        return hasNext(']');
    }

    /** Reads a member's name and its colon. */
    public String readName() {
        String name = readString();
        expect(':');
        return name;
    }

    public String readString() {
        expect('"');
        int start = pos;
        // fast path: printable ASCII with no escape, the case for nearly every value the log holds
        int special = ByteScan.skipPlainStringBytes(text, start, end);
        if (special < end && text[special] == '"') {
            pos = special + 1;
            return new String(text, start, special - start, StandardCharsets.ISO_8859_1);
        }
        try {
            pos = strings.decode(text, start, end);
        } catch (MalformedJsonException e) {
            throw error(e.getMessage());
        }
        return strings.result();
    }

    /** Reads an integer (no fraction, no exponent) that fits a {@code long}. */
    public long readLong() {
        nextNonSpace();
        int start = pos;
        boolean negative = text[pos] == '-';
        if (negative) {
            pos++;
        }
        int digits = pos;
        long value = 0;
        while (pos < end && text[pos] >= '0' && text[pos] <= '9') {
            int digit = text[pos] - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw error("integer out of range");
            }
            value = value * 10 - digit; // accumulate negatively: Long.MIN_VALUE has no positive twin
            pos++;
        }
        if (pos == digits || (text[digits] == '0' && pos - digits > 1)) {
            pos = start;
            throw error("an integer without leading zeros expected");
        }
        if (pos < end && (text[pos] == '.' || text[pos] == 'e' || text[pos] == 'E')) {
            throw error("an integer expected, not a fraction or exponent");
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw error("integer out of range");
        }
        return negative ? value : -value;
    }

    /** Reads any number token, as its text (for values that need not fit a long). */
    public String readNumberText() {
        nextNonSpace();
        int start = pos;
        while (pos < end && "+-0123456789.eE".indexOf(text[pos]) >= 0) {
            pos++;
        }
        String number = new String(text, start, pos - start, StandardCharsets.ISO_8859_1);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw error("a number expected");
        }
        return number;
    }

    public boolean readBoolean() {
        if (tryLiteral("true")) {
            return true;
        }
        if (tryLiteral("false")) {
            return false;
        }
        throw error("true or false expected");
    }

    /** Consumes {@code null} if it comes next. */
    public boolean tryNull() {
        return tryLiteral("null");
    }

    /** Checks that nothing but whitespace follows the value just read. */
    public void endOfText() {
        while (pos < end && isSpace(text[pos])) {
            pos++;
        }
        if (pos != end) {
            throw error("nothing expected after the value");
        }
    }

    private void open(char opener, char closing) {
        expect(opener);
        if (depth == MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        first[depth] = true;
        closer[depth++] = (byte) closing;
    }

    private boolean hasNext(char closing) {
        if (depth == 0 || closer[depth - 1] != closing) {
            throw new IllegalStateException("not inside a " + (closing == '}' ? "object" : "array"));
        }
        byte b = nextNonSpace();
        boolean isFirst = first[depth - 1];
        if (b == closing) { // a trailing comma never gets here: the comma was taken as announcing a value
            pos++;
            depth--;
            return false;
        }
        first[depth - 1] = false;
        if (!isFirst) {
            expect(',');
            nextNonSpace();
        }
        return true;
    }

    private boolean tryLiteral(String literal) {
        nextNonSpace();
        int length = literal.length();
        if (end - pos < length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text[pos + i] != literal.charAt(i)) {
                return false;
            }
        }
        pos += length;
        return true;
    }

    private void expect(char c) {
        if (nextNonSpace() != c) {
            throw error("'" + c + "' expected");
        }
        pos++;
    }

    private byte nextNonSpace() {
        while (pos < end && isSpace(text[pos])) {
            pos++;
        }
        if (pos == end) {
            throw error("unexpected end of text");
        }
        return text[pos];
    }

    private static boolean isSpace(byte b) {
        return b <= ' ' && (b == ' ' || b == '\t' || b == '\n' || b == '\r'); // one test for most bytes
    }

    private MalformedJsonException error(String what) {
        return new MalformedJsonException(what + " at byte " + pos);
    }
}
