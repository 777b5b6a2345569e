package org.accord.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** What the server answered: status, headers and body, read the way a client reads them. */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    public static final String PROBLEM_JSON = "application/problem+json";

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public String etag() {
        return header("ETag").orElseThrow(() -> new AssertionError(request + ": no ETag in " + this));
    }

    public JsonObject json() {
        return parse().asJsonObject();
    }

    public JsonArray array() {
        return parse().asJsonArray();
    }

    private JsonValue parse() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            throw new AssertionError(request + ": body is not JSON: " + this, e);
        }
    }

    /** Asserts the status, with the whole reply as the message when it differs. */
    public Reply expect(int expected) {
        assertEquals(expected, status, () -> request + " answered " + this);
        return this;
    }

    /**
     * Asserts an RFC 9457 problem with this status: problem media type, and {@code type},
     * {@code title}, {@code status} and {@code detail} as a client reads them.
     */
    public JsonObject expectProblem(int expected) {
        expect(expected);
        assertTrue(contentType().startsWith(PROBLEM_JSON), () -> request + ": not a problem: " + this);
        JsonObject problem = json();
        assertEquals(expected, problem.getInt("status", -1), () -> "status member of " + body);
        for (String member : List.of("type", "title", "detail")) {
            assertFalse(problem.getString(member, "").isBlank(), () -> member + " missing in " + body);
        }
        return problem;
    }

    /** Asserts a 422 validation problem that names {@code field} among its {@code errors}. */
    public JsonObject expectInvalidField(String field) {
        JsonObject problem = expectProblem(422);
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.contains(field), () -> "errors name " + fields + ", not " + field + ": " + body);
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> assertFalse(
                e.getString("message", "").isBlank(), () -> "error without message in " + body));
        return problem;
    }

    /** The string values of one member of each object in a JSON array. */
    public static List<String> strings(JsonArray array, String member) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.get(member))
                .map(v -> v instanceof JsonString s ? s.getString() : String.valueOf(v)).toList();
    }

    @Override
    public String toString() {
        return status + " " + contentType() + " " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
    }
}
