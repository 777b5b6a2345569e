package org.accord.indicator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a STIX import kept as context (docs/indicators.md, "STIX 2.1 import"): objects per STIX type, and a note
 * per object kept for a reason worth saying ({@code line} = its index in {@code objects}, {@code value} = its
 * id, {@code reason} = "kept as context: pattern not reducible: …"). Stored with the import as JSON.
 */
public record ImportContext(Map<String, Long> byType, List<LineError> notes) {

    static final int STORED_NOTES = 100;

    static ImportContext of(ImportCounts counts) {
        return new ImportContext(java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counts.contextByType)),
                List.copyOf(counts.contextNotes));
    }

    String toJson() {
        JsonObjectBuilder types = Json.createObjectBuilder();
        byType.forEach(types::add);
        JsonArrayBuilder array = Json.createArrayBuilder();
        notes.stream().limit(STORED_NOTES).forEach(e -> array.add(Json.createObjectBuilder().add("line", e.line())
                .add("value", e.value()).add("reason", e.reason())));
        return Json.createObjectBuilder().add("byType", types).add("notes", array).build().toString();
    }

    static ImportContext fromJson(String json) {
        if (json == null) {
            return null;
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        Map<String, Long> types = new LinkedHashMap<>();
        object.getJsonObject("byType").forEach((k, v) -> types.put(k, ((jakarta.json.JsonNumber) v).longValue()));
        List<LineError> notes = object.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
                .map(n -> new LineError(n.getJsonNumber("line").longValue(), n.getString("value"),
                        n.getString("reason"))).toList();
        return new ImportContext(types, notes);
    }
}
