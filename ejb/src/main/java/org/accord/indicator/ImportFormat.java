package org.accord.indicator;

import java.util.Optional;

/** The body formats an import accepts (docs/indicators.md, "Ingest"), named by their media type. */
public enum ImportFormat {
    CSV, JSON_LINES;

    public String wire() {
        return this == CSV ? "csv" : "jsonl";
    }

    public static Optional<ImportFormat> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";")[0].strip().toLowerCase();
        return switch (type) {
            case "text/csv" -> Optional.of(CSV);
            case "application/x-ndjson", "application/jsonl", "application/json-lines", "application/x-jsonlines" ->
                    Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }
}
