package org.accord.indicator.rest;

import java.time.Instant;
import org.accord.indicator.Indicator;

/** One indicator as the API shows it; {@code n} is its number in the report. */
public record IndicatorView(int n, String type, String value, String role, Instant firstSeen, Instant lastSeen,
        String routing, String country) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.getN(), i.getType().wire(), i.getValue(), i.getRole().wire(), i.getFirstSeen(),
                i.getLastSeen(), i.getRouting().wire(), i.getRoutedCountry());
    }
}
