package org.accord.incident;

import java.util.Arrays;
import java.util.Optional;

/** Traffic Light Protocol 2.0 labels, in increasing order of restriction (FIRST TLP 2.0). */
public enum Tlp {
    CLEAR("CLEAR"), GREEN("GREEN"), AMBER("AMBER"), AMBER_STRICT("AMBER+STRICT"), RED("RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    /** The label as TLP 2.0 writes it, e.g. {@code AMBER+STRICT}. */
    public String label() {
        return label;
    }

    public boolean isAbove(Tlp other) {
        return compareTo(other) > 0;
    }

    public static Optional<Tlp> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
