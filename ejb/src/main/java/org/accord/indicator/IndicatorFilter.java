package org.accord.indicator;

/**
 * A page of a report's indicators: each filter may be null; {@code prefix} matches the start of the value;
 * {@code country} the routed country.
 */
public record IndicatorFilter(IndicatorType type, IndicatorRole role, Routing routing, String country, String prefix,
        int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;
}
