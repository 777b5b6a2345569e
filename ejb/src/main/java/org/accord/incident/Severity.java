package org.accord.incident;

import java.util.Arrays;
import java.util.Optional;

/** How serious the reporting CERT judges the incident. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Severity> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
