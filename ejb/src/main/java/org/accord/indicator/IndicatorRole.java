package org.accord.indicator;

import java.util.Arrays;
import java.util.Optional;

/** What an indicator was in the incident; {@code other} when the reporter does not say. */
public enum IndicatorRole {
    C2_SERVER, INFECTED_SYSTEM, SOURCE, TARGET, OTHER;

    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }

    public static Optional<IndicatorRole> fromWire(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.wire().equals(text.strip().toLowerCase())).findFirst();
    }
}
