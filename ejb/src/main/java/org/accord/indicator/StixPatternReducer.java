package org.accord.indicator;

import java.util.ArrayList;
import java.util.List;
import org.accord.indicator.StixPatternLexer.Kind;
import org.accord.indicator.StixPatternLexer.Token;

/**
 * Reduces a STIX 2.1 pattern to Accord's indicators (docs/indicators.md, "STIX 2.1 import"), by recursive
 * descent over the STIX patterning grammar (STIX 2.1 §9). A pattern made only of equality comparisons on the
 * properties Accord holds, joined by {@code OR} and {@code AND} inside observations and between them, gives
 * one value per comparison. Any other valid pattern (other properties, other operators, {@code NOT},
 * {@code EXISTS}, qualifiers, {@code FOLLOWEDBY}) is not reducible, and says why; text that is not STIX
 * patterning is a {@link SyntaxError}. The whole pattern is always parsed, so a syntax error is found even
 * after a part that is not reducible.
 */
public final class StixPatternReducer {

    /** One comparison reduced: the indicator type and the value as the pattern wrote it (not yet normalised). */
    public record Match(IndicatorType type, String value) {
    }

    /** The values of a reducible pattern, or why it is not reducible ({@code matches} then empty). */
    public record Result(List<Match> matches, String notReducible) {
        public boolean reducible() {
            return notReducible == null;
        }
    }

    /** Text that is not STIX patterning; the position is a character offset from 0. */
    public static final class SyntaxError extends Exception {
        SyntaxError(int at, String message) {
            super("pattern syntax error at character " + at + ": " + message, null, false, false);
        }
    }

    /** Parentheses and brackets nested deeper than this are refused (a stack overflow is no answer). */
    static final int MAX_DEPTH = 64;

    private final StixPatternTokens tokens;
    private final List<Match> matches = new ArrayList<>();
    private int depth;
    private String notReducible;

    private StixPatternReducer(StixPatternTokens tokens) {
        this.tokens = tokens;
    }

    public static Result reduce(String pattern) throws SyntaxError {
        StixPatternReducer parser = new StixPatternReducer(new StixPatternTokens(StixPatternLexer.tokens(pattern)));
        parser.observations();
        if (parser.tokens.peek().kind() != Kind.END) {
            throw parser.tokens.expected("an operator between observations (AND, OR, FOLLOWEDBY)");
        }
        return parser.notReducible == null ? new Result(List.copyOf(parser.matches), null)
                : new Result(List.of(), parser.notReducible);
    }

    private void observations() throws SyntaxError {
        observationOr();
        while (tokens.accept("FOLLOWEDBY")) {
            notReducible("FOLLOWEDBY (a sequence of observations)");
            observationOr();
        }
    }

    private void observationOr() throws SyntaxError {
        observationAnd();
        while (tokens.accept("OR")) {
            observationAnd();
        }
    }

    private void observationAnd() throws SyntaxError {
        observation();
        while (tokens.accept("AND")) {
            observation();
        }
    }

    private void observation() throws SyntaxError {
        if (tokens.accept("[")) {
            deeper();
            comparisonOr();
            tokens.expect("]");
            depth--;
        } else if (tokens.accept("(")) {
            deeper();
            observations();
            tokens.expect(")");
            depth--;
        } else {
            throw tokens.expected("'[' or '(' starting an observation");
        }
        qualifiers();
    }

    private void qualifiers() throws SyntaxError {
        while (true) {
            if (tokens.accept("WITHIN")) {
                tokens.literal(Kind.INT, Kind.FLOAT);
                tokens.expect("SECONDS");
                notReducible("qualifier WITHIN");
            } else if (tokens.accept("REPEATS")) {
                tokens.literal(Kind.INT);
                tokens.expect("TIMES");
                notReducible("qualifier REPEATS");
            } else if (tokens.accept("START")) {
                tokens.literal(Kind.TIMESTAMP);
                tokens.expect("STOP");
                tokens.literal(Kind.TIMESTAMP);
                notReducible("qualifier START/STOP");
            } else {
                return;
            }
        }
    }

    private void comparisonOr() throws SyntaxError {
        comparisonAnd();
        while (tokens.accept("OR")) {
            comparisonAnd();
        }
    }

    private void comparisonAnd() throws SyntaxError {
        comparison();
        while (tokens.accept("AND")) {
            comparison();
        }
    }

    private void comparison() throws SyntaxError {
        if (tokens.accept("(")) {
            deeper();
            comparisonOr();
            tokens.expect(")");
            depth--;
            return;
        }
        if (tokens.accept("EXISTS")) {
            StixObjectPath.parse(tokens);
            notReducible("EXISTS");
            return;
        }
        StixObjectPath path = StixObjectPath.parse(tokens);
        boolean negated = tokens.accept("NOT");
        Token op = tokens.next();
        if (op.is("=") || op.is("!=") || op.is("<>") || op.is("<") || op.is("<=") || op.is(">") || op.is(">=")) {
            Token value = tokens.literal(Kind.STRING, Kind.INT, Kind.FLOAT, Kind.TIMESTAMP, Kind.HEX, Kind.BINARY,
                    Kind.IDENT);
            if (value.kind() == Kind.IDENT && !value.is("true") && !value.is("false")) {
                throw new SyntaxError(value.at(), "expected a literal but found " + value.shown());
            }
            if (negated || !op.is("=")) {
                notReducible((negated ? "NOT " : "") + op.text() + " on " + path + " (only = is reducible)");
            } else {
                equality(path, value);
            }
        } else if (op.is("IN")) {
            tokens.expect("(");
            do {
                tokens.literal(Kind.STRING, Kind.INT, Kind.FLOAT, Kind.TIMESTAMP, Kind.HEX, Kind.BINARY);
            } while (tokens.accept(","));
            tokens.expect(")");
            notReducible("IN on " + path);
        } else if (op.is("LIKE") || op.is("MATCHES") || op.is("ISSUBSET") || op.is("ISSUPERSET")) {
            tokens.literal(Kind.STRING);
            notReducible(op.text() + " on " + path);
        } else {
            throw new SyntaxError(op.at(), "expected a comparison operator after " + path + " but found "
                    + op.shown());
        }
    }

    private void equality(StixObjectPath path, Token value) {
        IndicatorType type = path.indicatorType();
        if (type == null) {
            notReducible("Accord holds no indicator for " + path);
        } else if (type == IndicatorType.ASN ? value.kind() != Kind.INT && value.kind() != Kind.STRING
                : value.kind() != Kind.STRING) {
            notReducible(path + " compared with " + value.kind().name().toLowerCase() + " " + value.text());
        } else {
            boolean block = (type == IndicatorType.IPV4 || type == IndicatorType.IPV6) && value.text().contains("/");
            matches.add(new Match(block ? IndicatorType.CIDR : type, value.text()));
        }
    }

    private void deeper() throws SyntaxError {
        if (++depth > MAX_DEPTH) {
            throw new SyntaxError(tokens.previous().at(), "nested more than " + MAX_DEPTH + " deep");
        }
    }

    private void notReducible(String reason) {
        if (notReducible == null) {
            notReducible = reason;
        }
    }
}
