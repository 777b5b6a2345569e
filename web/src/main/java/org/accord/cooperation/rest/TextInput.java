package org.accord.cooperation.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.accord.common.InvalidInputException;

/** The text of a message or an answer, or the reason of a decline or a withdrawal. */
public record TextInput(String text) {

    /**
     * The text of an optional body {@code {"text": ...}} of a step: steps without a text may be posted
     * with no body and no content type at all, so this body is read by hand, as strictly as JSON-B would.
     */
    static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        JsonObject body;
        try {
            body = Json.createReader(new StringReader(raw)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("body", "must be a JSON object such as {\"text\": \"...\"}");
        }
        for (String member : body.keySet()) {
            if (!member.equals("text")) {
                throw new InvalidInputException(member, "is not a field of this step");
            }
        }
        JsonValue text = body.get("text");
        if (text == null || text == JsonValue.NULL) {
            return null;
        }
        if (!(text instanceof JsonString string)) {
            throw new InvalidInputException("text", "must be a string");
        }
        return string.getString();
    }
}
