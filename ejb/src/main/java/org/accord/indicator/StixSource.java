package org.accord.indicator;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import org.accord.common.InvalidInputException;

/**
 * A STIX 2.1 bundle as records, read as a stream (docs/indicators.md, "STIX 2.1 import"): one record per
 * element of {@code objects}, numbered by its index there (from 0); only the current object is held. Members of
 * the bundle other than {@code type} and {@code objects} are skipped. JSON that is not well-formed, or a
 * document that is not a bundle, fails the whole import.
 */
final class StixSource implements RecordSource {

    private final JsonParser json;
    private final StixObjects objects;
    private boolean inObjects;
    private boolean done;
    private boolean typed;
    private long index = -1;
    private JsonObject current;
    private String currentJson;
    private String notObject;

    StixSource(Reader body, StixObjects objects) {
        this.json = Json.createParser(body);
        this.objects = objects;
    }

    @Override
    public boolean next() throws IOException {
        try {
            return advance();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "is not well-formed JSON" + (inObjects ? " (in objects["
                    + (index + 1) + "])" : "") + ": " + e.getMessage() + ". Nothing was imported.");
        } catch (JsonException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private boolean advance() {
        if (done) {
            return false;
        }
        if (!inObjects) {
            if (!json.hasNext() || json.next() != JsonParser.Event.START_OBJECT) {
                throw notBundle();
            }
            if (!toObjects()) {
                return end();
            }
        }
        JsonParser.Event event = json.next();
        if (event == JsonParser.Event.END_ARRAY) {
            inObjects = false;
            if (toObjects()) {
                throw new InvalidInputException("body", "has two \"objects\" members");
            }
            return end();
        }
        index++;
        if (event == JsonParser.Event.START_OBJECT) {
            current = json.getObject();
            currentJson = current.toString();
            notObject = null;
        } else {
            current = null;
            notObject = event == JsonParser.Event.START_ARRAY ? json.getArray().toString() : json.getValue().toString();
        }
        return true;
    }

    /** Reads members of the bundle up to {@code objects}' array (true) or the bundle's end (false). */
    private boolean toObjects() {
        while (true) {
            JsonParser.Event event = json.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return false;
            }
            String member = json.getString();
            event = json.next();
            if (member.equals("objects")) {
                if (event != JsonParser.Event.START_ARRAY) {
                    throw new InvalidInputException("body", "\"objects\" of a STIX bundle must be an array");
                }
                inObjects = true;
                return true;
            }
            if (member.equals("type") && (event != JsonParser.Event.VALUE_STRING
                    || !json.getString().equals("bundle"))) {
                throw notBundle();
            }
            typed |= member.equals("type");
            if (event == JsonParser.Event.START_OBJECT) {
                json.skipObject();
            } else if (event == JsonParser.Event.START_ARRAY) {
                json.skipArray();
            }
        }
    }

    private boolean end() {
        if (!typed) {
            throw notBundle();
        }
        done = true;
        return false;
    }

    private static InvalidInputException notBundle() {
        return new InvalidInputException("body", "is not a STIX 2.1 bundle (a JSON object with \"type\": \"bundle\""
                + " and \"objects\"). Nothing was imported.");
    }

    @Override
    public long number() {
        return index;
    }

    @Override
    public ImportRecord read() throws LineParser.BadLine {
        if (current == null) {
            throw new LineParser.BadLine(notObject, "an element of objects must be a JSON object");
        }
        return objects.read(index, current, currentJson);
    }
}
