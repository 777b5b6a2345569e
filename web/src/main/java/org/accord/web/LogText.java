package org.accord.web;

/**
 * User-controlled text made safe for a log line (OWASP ASVS 5.0 V16.4.1, CWE-117): every control
 * character (CR, LF, TAB, ESC of an ANSI sequence, the C1 range, DEL), the Unicode line and paragraph
 * separators and the bidirectional overrides are written as {@code \\uXXXX}, and a backslash as
 * {@code \\\\}, so one event is one line that says what was sent and cannot forge another line or colour a
 * terminal. Long text is cut at {@value #MAX} characters.
 */
public final class LogText {

    static final int MAX = 500;

    private LogText() {
    }

    public static String encode(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
