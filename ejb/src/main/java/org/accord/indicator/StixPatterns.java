package org.accord.indicator;

/**
 * STIX 2.1 patterning for one indicator (STIX 2.1 §9): an equality comparison on the cyber-observable
 * property that holds the value, string literals quoted with backslash and quote escaped.
 */
public final class StixPatterns {

    private StixPatterns() {
    }

    public static String of(IndicatorType type, String value) {
        return switch (type) {
            case IPV4 -> "[ipv4-addr:value = " + quoted(value) + "]";
            case IPV6 -> "[ipv6-addr:value = " + quoted(value) + "]";
            case CIDR -> (value.contains(":") ? "[ipv6-addr:value = " : "[ipv4-addr:value = ") + quoted(value) + "]";
            case DOMAIN -> "[domain-name:value = " + quoted(value) + "]";
            case URL -> "[url:value = " + quoted(value) + "]";
            case EMAIL -> "[email-addr:value = " + quoted(value) + "]";
            case SHA256 -> "[file:hashes.'SHA-256' = " + quoted(value) + "]";
            case MD5 -> "[file:hashes.MD5 = " + quoted(value) + "]";
            case ASN -> "[autonomous-system:number = " + value + "]";
        };
    }

    private static String quoted(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
