package org.accord.indicator;

import java.util.List;
import org.accord.indicator.StixPatternLexer.Kind;
import org.accord.indicator.StixPatternLexer.Token;

/** The tokens of a STIX pattern with a cursor, for {@link StixPatternReducer} and {@link StixObjectPath}. */
final class StixPatternTokens {

    private final List<Token> tokens;
    private int pos;

    StixPatternTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token next() {
        Token token = tokens.get(pos);
        if (token.kind() != Kind.END) {
            pos++;
        }
        return token;
    }

    boolean accept(String text) {
        if (peek().is(text)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(String text) throws StixPatternReducer.SyntaxError {
        if (!accept(text)) {
            throw expected("'" + text + "'");
        }
    }

    Token literal(Kind... kinds) throws StixPatternReducer.SyntaxError {
        Token token = peek();
        for (Kind kind : kinds) {
            if (token.kind() == kind) {
                return next();
            }
        }
        throw expected(kinds.length == 1 ? "a " + kinds[0].name().toLowerCase() + " literal" : "a literal");
    }

    StixPatternReducer.SyntaxError expected(String what) {
        return new StixPatternReducer.SyntaxError(peek().at(), "expected " + what + " but found " + peek().shown());
    }

    Token previous() {
        return tokens.get(Math.max(0, pos - 1));
    }
}
