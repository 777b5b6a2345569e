package org.accord.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The outcome of routing one indicator (docs/indicators.md, "Routing"): one country, a conflict between
 * countries that declare the same winning prefix, suffix or AS number, no country, or not routable (hashes).
 */
public enum Routing {
    MATCHED, CONFLICT, UNMATCHED, NONE;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Routing> fromWire(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.wire().equals(text.strip().toLowerCase())).findFirst();
    }
}
