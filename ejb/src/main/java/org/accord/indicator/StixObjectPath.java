package org.accord.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.indicator.StixPatternLexer.Kind;
import org.accord.indicator.StixPatternLexer.Token;

/**
 * An object path of a STIX pattern ({@code file:hashes.'SHA-256'}, {@code ipv4-addr:value},
 * {@code network-traffic:extensions.'http-request-ext'.request_header.Host}, {@code x:list[*].y}), and the
 * indicator type it holds when it is one Accord keeps.
 */
final class StixObjectPath {

    private final String objectType;
    private final List<String> steps;

    private StixObjectPath(String objectType, List<String> steps) {
        this.objectType = objectType;
        this.steps = steps;
    }

    static StixObjectPath parse(StixPatternTokens parser) throws StixPatternReducer.SyntaxError {
        Token type = parser.peek();
        if (type.kind() != Kind.IDENT || !type.text().matches("[a-z0-9][a-z0-9-]*")) {
            throw parser.expected("an object type (such as ipv4-addr)");
        }
        parser.next();
        parser.expect(":");
        List<String> steps = new ArrayList<>();
        steps.add(property(parser));
        while (true) {
            if (parser.accept(".")) {
                steps.add(property(parser));
            } else if (parser.peek().is("[")) {
                parser.next();
                Token index = parser.peek().is("*") ? parser.next() : parser.literal(Kind.INT);
                parser.expect("]");
                steps.add("[" + index.text() + "]");
            } else {
                return new StixObjectPath(type.text(), steps);
            }
        }
    }

    private static String property(StixPatternTokens parser) throws StixPatternReducer.SyntaxError {
        Token name = parser.peek();
        if (name.kind() == Kind.IDENT || name.kind() == Kind.STRING || name.kind() == Kind.DQ_STRING) {
            return parser.next().text();
        }
        throw parser.expected("a property name");
    }

    /** The indicator type Accord keeps for an equality on this path; null for any other path. */
    IndicatorType indicatorType() {
        String path = objectType + ":" + String.join(".", steps);
        return switch (path) {
            case "ipv4-addr:value" -> IndicatorType.IPV4;
            case "ipv6-addr:value" -> IndicatorType.IPV6;
            case "domain-name:value" -> IndicatorType.DOMAIN;
            case "url:value" -> IndicatorType.URL;
            case "email-addr:value" -> IndicatorType.EMAIL;
            case "autonomous-system:number" -> IndicatorType.ASN;
            default -> hash();
        };
    }

    /** {@code file:hashes.'SHA-256'}, also spelled SHA256, sha-256 or SHA_256 by feeds; MD5 likewise. */
    private IndicatorType hash() {
        if (!objectType.equals("file") || steps.size() != 2 || !steps.get(0).equals("hashes")) {
            return null;
        }
        return switch (steps.get(1).toUpperCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "SHA256" -> IndicatorType.SHA256;
            case "MD5" -> IndicatorType.MD5;
            default -> null;
        };
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(objectType).append(':');
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            if (step.startsWith("[")) {
                text.append(step);
            } else {
                text.append(i == 0 ? "" : ".").append(step.matches("[A-Za-z_][A-Za-z0-9_]*") ? step : "'" + step + "'");
            }
        }
        return text.toString();
    }
}
