package org.accord.indicator;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of indicator a report carries (PRODUCT.md, "Indicator"); the wire name is the stored one. */
public enum IndicatorType {
    IPV4, IPV6, CIDR, DOMAIN, URL, EMAIL, SHA256, MD5, ASN;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<IndicatorType> fromWire(String text) {
        return text == null ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.wire().equals(text.strip().toLowerCase())).findFirst();
    }

    /** Whether the value names a place in a network that a constituency can contain. */
    public boolean isRoutable() {
        return this != SHA256 && this != MD5;
    }
}
