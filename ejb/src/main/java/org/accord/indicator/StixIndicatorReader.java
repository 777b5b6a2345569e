package org.accord.indicator;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A STIX indicator object as Accord's indicators (docs/indicators.md, "STIX 2.1 import"): one per comparison of
 * a reducible pattern, each normalised and routed as a CSV line is; an indicator whose pattern does not reduce
 * (or is no STIX pattern) is kept as context with the reason. Role: {@code x_accord_role}, else from
 * {@code indicator_types}. First/last seen: {@code x_accord_first_seen}/{@code x_accord_last_seen} on Accord's
 * own indicators (those with {@code x_accord_role}), else {@code valid_from}/{@code valid_until}.
 */
final class StixIndicatorReader {

    private final LineParser values;

    StixIndicatorReader(LineParser values) {
        this.values = values;
    }

    ImportRecord read(long index, String id, JsonObject object, String json) throws LineParser.BadLine {
        String patternType = StixObjects.string(object, "pattern_type");
        String pattern = StixObjects.string(object, "pattern");
        if (pattern == null) {
            throw new LineParser.BadLine(id, "an indicator without a pattern");
        }
        if (patternType != null && !patternType.equals("stix")) {
            return context(id, json, "pattern_type " + patternType + " is not STIX patterning");
        }
        StixPatternReducer.Result reduced;
        try {
            reduced = StixPatternReducer.reduce(pattern);
        } catch (StixPatternReducer.SyntaxError e) {
            throw new LineParser.BadLine(id, e.getMessage());
        }
        if (!reduced.reducible()) {
            return context(id, json, "pattern not reducible: " + reduced.notReducible());
        }
        boolean accords = object.containsKey("x_accord_role");
        String role = accords ? StixObjects.string(object, "x_accord_role") : role(object.get("indicator_types"));
        if (IndicatorRole.fromWire(role).isEmpty()) {
            throw new LineParser.BadLine(id, "unknown x_accord_role " + object.get("x_accord_role")
                    + "; one of c2-server, infected-system, source, target, other");
        }
        String first = StixObjects.string(object, accords ? "x_accord_first_seen" : "valid_from");
        String last = StixObjects.string(object, accords ? "x_accord_last_seen" : "valid_until");
        List<IndicatorLine> lines = new ArrayList<>(reduced.matches().size());
        for (StixPatternReducer.Match match : reduced.matches()) {
            try {
                lines.add(values.indicator(index, new LineParser.Fields(match.type().wire(), match.value(), role,
                        first, last)));
            } catch (LineParser.BadLine bad) {
                String value = match.value().length() > 100 ? match.value().substring(0, 100) + "…" : match.value();
                throw new LineParser.BadLine(id, "pattern value '" + value + "': " + bad.getMessage());
            }
        }
        return new ImportRecord(lines, null);
    }

    private static ImportRecord context(String id, String json, String note) throws LineParser.BadLine {
        if (json.length() > ContextSink.MAX_JSON) {
            throw new LineParser.BadLine(id, "the object is longer than " + ContextSink.MAX_JSON + " characters");
        }
        String shown = note.length() > 1000 ? note.substring(0, 999) + "…" : note;
        return new ImportRecord(List.of(), new ContextObject(id, "indicator", json, shown));
    }

    /**
     * indicator-type-ov to a role: compromised → infected-system; malicious-activity and attribution → source
     * (where the activity comes from); anomalous-activity, benign, unknown → other. The first that says more
     * than other wins.
     */
    static String role(JsonValue types) {
        if (types instanceof JsonArray array) {
            for (JsonValue type : array) {
                String role = type instanceof JsonString s ? switch (s.getString()) {
                    case "compromised" -> "infected-system";
                    case "malicious-activity", "attribution" -> "source";
                    default -> null;
                } : null;
                if (role != null) {
                    return role;
                }
            }
        }
        return "other";
    }
}
