package org.accord.incident;

import java.util.Arrays;
import java.util.Optional;

/** The NIS2 (Directive 2022/2555, Art. 23(4)) report last delivered for a significant incident. */
public enum Nis2Stage {
    EARLY_WARNING("early-warning"), NOTIFICATION("notification"), INTERMEDIATE("intermediate"), FINAL("final");

    private final String wire;

    Nis2Stage(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Nis2Stage> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
    }
}
