package org.accord.indicator;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a body line by line without ever holding more than one line of at most {@link #MAX_LINE}
 * characters: a longer line (a 10 MB line in a broken file) is reported as too long and skipped to its
 * end. Lines end with LF or CRLF; a final line without one counts.
 */
final class LineReader {

    static final int MAX_LINE = 8192;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int limit;
    private final StringBuilder line = new StringBuilder(256);
    private long number;
    private boolean tooLong;
    private boolean eof;

    LineReader(Reader in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the body. */
    boolean next() throws IOException {
        line.setLength(0);
        tooLong = false;
        if (eof && pos >= limit) {
            return false;
        }
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buffer);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                pos++; // the LF
                break;
            }
        }
        number++;
        int end = line.length();
        if (!tooLong && end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return true;
    }

    private void append(int from, int to) {
        if (tooLong) {
            return;
        }
        if (line.length() + (to - from) > MAX_LINE + 1) {
            tooLong = true;
            int keep = Math.max(0, Math.min(to - from, 100 - line.length()));
            line.append(buffer, from, keep);
            return;
        }
        line.append(buffer, from, to - from);
    }

    long number() {
        return number;
    }

    boolean tooLong() {
        return tooLong;
    }

    /** The line's text (its first 100 characters when too long). */
    String text() {
        return line.toString();
    }

    boolean isBlank() {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
