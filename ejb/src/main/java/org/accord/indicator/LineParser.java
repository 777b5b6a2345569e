package org.accord.indicator;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one line of a CSV or JSON-lines body into a normalised, routed indicator, or says why it cannot
 * (docs/indicators.md, "Ingest"). CSV follows RFC 4180 quoting within one line: indicators never contain
 * a line break, so a record is a line.
 */
final class LineParser {

    /** The raw fields of a line; {@code value} is what an error shows. */
    record Fields(String type, String value, String role, String firstSeen, String lastSeen) {
    }

    /** A line that cannot become an indicator: the value to show and the reason. */
    static final class BadLine extends Exception {
        final String value;

        BadLine(String value, String reason) {
            super(reason, null, false, false);
            this.value = value;
        }
    }

    private final ImportFormat format;
    private final Constituencies constituencies;

    LineParser(ImportFormat format, Constituencies constituencies) {
        this.format = format;
        this.constituencies = constituencies;
    }

    /** Whether the line is the CSV header ({@code type,value,...}) to skip. */
    boolean isHeader(long number, String text) {
        return format == ImportFormat.CSV && number == 1 && text.strip().toLowerCase().startsWith("type,");
    }

    IndicatorLine parse(long number, String text) throws BadLine {
        return indicator(number, format == ImportFormat.CSV ? csv(text) : json(text));
    }

    /** The fields of a record as a normalised, routed indicator (a line's, or one comparison of a STIX pattern). */
    IndicatorLine indicator(long number, Fields fields) throws BadLine {
        IndicatorType type = IndicatorType.fromWire(fields.type()).orElseThrow(() -> new BadLine(fields.value(),
                "unknown type \"" + fields.type() + "\"; one of ipv4, ipv6, cidr, domain, url, email, sha256, md5, asn"));
        IndicatorRole role = fields.role() == null || fields.role().isBlank() ? IndicatorRole.OTHER
                : IndicatorRole.fromWire(fields.role()).orElseThrow(() -> new BadLine(fields.value(), "unknown role \""
                        + fields.role() + "\"; one of c2-server, infected-system, source, target, other"));
        Normalised value;
        try {
            value = IndicatorValues.normalise(type, fields.value());
        } catch (InvalidValueException e) {
            throw new BadLine(fields.value(), type.wire() + " " + e.getMessage());
        }
        Instant first = instant(fields.firstSeen(), "first_seen", fields.value());
        Instant last = instant(fields.lastSeen(), "last_seen", fields.value());
        if (first != null && last != null && last.isBefore(first)) {
            throw new BadLine(fields.value(), "last_seen is before first_seen");
        }
        return new IndicatorLine(number, value, role, first, last, constituencies.route(value));
    }

    private static Instant instant(String text, String name, String value) throws BadLine {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadLine(value, name + " is not an ISO-8601 time with offset (such as 2026-11-28T10:00:00Z)");
        }
    }

    static Fields csv(String line) throws BadLine {
        List<String> fields = new ArrayList<>(5);
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            field.setLength(0);
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadLine(line, "malformed CSV: a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new BadLine(line, "malformed CSV: text after a closing quote");
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new BadLine(line, "malformed CSV: a quote inside an unquoted field");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                break;
            }
            i++; // the comma
        }
        if (fields.size() < 2 || fields.size() > 5) {
            throw new BadLine(line, "malformed CSV: expected type,value[,role[,first_seen[,last_seen]]], got "
                    + fields.size() + " field(s)");
        }
        return new Fields(fields.get(0), fields.get(1), get(fields, 2), get(fields, 3), get(fields, 4));
    }

    private static String get(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : null;
    }

    static Fields json(String line) throws BadLine {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonValue read = reader.readValue();
            if (!(read instanceof JsonObject o)) {
                throw new BadLine(line, "not a JSON object");
            }
            object = o;
        } catch (JsonParsingException e) {
            throw new BadLine(line, "not valid JSON: " + e.getMessage());
        }
        String value = string(object, "value", line);
        return new Fields(string(object, "type", line), value, string(object, "role", line),
                string(object, "firstSeen", line), string(object, "lastSeen", line));
    }

    private static String string(JsonObject object, String name, String line) throws BadLine {
        JsonValue v = object.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new BadLine(line, name + " must be a string");
        }
        return s.getString();
    }
}
