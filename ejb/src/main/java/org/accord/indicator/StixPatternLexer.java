package org.accord.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of STIX 2.1 patterning (STIX 2.1 §9.2): identifiers (object types may hold hyphens), quoted strings
 * with {@code \'} and {@code \\} the only escapes, typed literals {@code t'…'} {@code h'…'} {@code b'…'},
 * numbers, operators and punctuation. A double-quoted string is accepted as well: some feeds write object path
 * keys so ({@code file:hashes."SHA-256"}); the parser admits it in object paths only.
 */
final class StixPatternLexer {

    enum Kind { IDENT, STRING, DQ_STRING, TIMESTAMP, HEX, BINARY, INT, FLOAT, OP, PUNCT, END }

    record Token(Kind kind, String text, int at) {
        boolean is(String s) {
            return (kind == Kind.IDENT || kind == Kind.OP || kind == Kind.PUNCT) && text.equals(s);
        }

        String shown() {
            return kind == Kind.END ? "the end of the pattern" : "'" + text + "'";
        }
    }

    private final String in;
    private int pos;

    private StixPatternLexer(String in) {
        this.in = in;
    }

    static List<Token> tokens(String pattern) throws StixPatternReducer.SyntaxError {
        StixPatternLexer lexer = new StixPatternLexer(pattern);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.kind() != Kind.END);
        return tokens;
    }

    private Token next() throws StixPatternReducer.SyntaxError {
        while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
            pos++;
        }
        int start = pos;
        if (pos >= in.length()) {
            return new Token(Kind.END, "", start);
        }
        char c = in.charAt(pos);
        if (c == '\'' || c == '"') {
            return new Token(c == '"' ? Kind.DQ_STRING : Kind.STRING, quoted(c), start);
        }
        if ((c == 't' || c == 'h' || c == 'b') && pos + 1 < in.length() && in.charAt(pos + 1) == '\'') {
            pos++;
            Kind kind = c == 't' ? Kind.TIMESTAMP : c == 'h' ? Kind.HEX : Kind.BINARY;
            return new Token(kind, quoted('\''), start);
        }
        if (Character.isDigit(c) || ((c == '-' || c == '+') && pos + 1 < in.length()
                && Character.isDigit(in.charAt(pos + 1)))) {
            return number(start);
        }
        if (isIdentStart(c)) {
            while (pos < in.length() && isIdentPart(in.charAt(pos))) {
                pos++;
            }
            return new Token(Kind.IDENT, in.substring(start, pos), start);
        }
        for (String op : new String[] {"!=", "<>", "<=", ">=", "=", "<", ">"}) {
            if (in.startsWith(op, pos)) {
                pos += op.length();
                return new Token(Kind.OP, op, start);
            }
        }
        if ("[]():.,*".indexOf(c) >= 0) {
            pos++;
            return new Token(Kind.PUNCT, String.valueOf(c), start);
        }
        throw new StixPatternReducer.SyntaxError(start, "unexpected character '" + c + "'");
    }

    /** A literal up to its closing quote; the text without quotes, escapes resolved. */
    private String quoted(char quote) throws StixPatternReducer.SyntaxError {
        int start = pos++;
        StringBuilder text = new StringBuilder();
        while (pos < in.length()) {
            char c = in.charAt(pos++);
            if (c == quote) {
                return text.toString();
            }
            if (c == '\\') {
                if (pos >= in.length() || (in.charAt(pos) != quote && in.charAt(pos) != '\\')) {
                    throw new StixPatternReducer.SyntaxError(pos - 1, "only \\" + quote + " and \\\\ may be"
                            + " escaped in a string");
                }
                c = in.charAt(pos++);
            }
            text.append(c);
        }
        throw new StixPatternReducer.SyntaxError(start, "a string is not closed");
    }

    private Token number(int start) {
        pos++;
        boolean fraction = false;
        while (pos < in.length() && (Character.isDigit(in.charAt(pos)) || (!fraction && in.charAt(pos) == '.'
                && pos + 1 < in.length() && Character.isDigit(in.charAt(pos + 1))))) {
            fraction |= in.charAt(pos) == '.';
            pos++;
        }
        return new Token(fraction ? Kind.FLOAT : Kind.INT, in.substring(start, pos), start);
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
