package org.accord.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.accord.common.InvalidInputException;

/**
 * The body formats an import accepts (docs/indicators.md, "Ingest" and "STIX 2.1 import"), named by their media
 * type; {@code application/stix+json} with or without {@code ;version=2.1}.
 */
public enum ImportFormat {
    CSV, JSON_LINES, STIX;

    public String wire() {
        return switch (this) {
            case CSV -> "csv";
            case JSON_LINES -> "jsonl";
            case STIX -> "stix";
        };
    }

    /**
     * The format of a body sent as plain {@code application/json}: a STIX bundle when it is a JSON object (its
     * first byte other than white space is a brace), none otherwise. The stream must support mark/reset.
     */
    public static Optional<ImportFormat> ofJsonBody(String mediaType, InputStream body) {
        if (mediaType == null || !mediaType.split(";")[0].strip().equalsIgnoreCase("application/json")) {
            return Optional.empty();
        }
        try {
            body.mark(4096);
            int b;
            int read = 0;
            do {
                b = body.read();
            } while ((b == ' ' || b == '\t' || b == '\r' || b == '\n') && ++read < 4000);
            body.reset();
            return b == '{' ? Optional.of(STIX) : Optional.empty();
        } catch (IOException e) {
            throw new InvalidInputException("body", "could not be read (" + e.getMessage() + "). Nothing was imported.");
        }
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
            case "application/stix+json" -> Optional.of(STIX);
            default -> Optional.empty();
        };
    }
}
