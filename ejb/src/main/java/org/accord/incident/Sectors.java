package org.accord.incident;

import java.util.List;

/** Sectors of NIS2 Annexes I and II, as short machine-readable names. */
public final class Sectors {

    public static final List<String> ALL = List.of(
            "energy", "transport", "banking", "financial-market-infrastructure", "health", "drinking-water",
            "waste-water", "digital-infrastructure", "ict-service-management", "public-administration", "space",
            "postal-and-courier", "waste-management", "chemicals", "food", "manufacturing", "digital-providers",
            "research");

    private Sectors() {
    }
}
