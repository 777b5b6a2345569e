package org.accord.indicator.ui;

import java.time.Instant;
import org.accord.indicator.Indicator;

/** One row of the report page's indicator table (a class with getters: Faces EL reads no record components). */
public class IndicatorRow {
    private final int n;
    private final String type;
    private final String value;
    private final String role;
    private final Instant firstSeen;
    private final Instant lastSeen;
    private final String routing;
    private final String country;

    IndicatorRow(Indicator i) {
        n = i.getN();
        type = i.getType().wire();
        value = i.getValue();
        role = i.getRole().wire();
        firstSeen = i.getFirstSeen();
        lastSeen = i.getLastSeen();
        routing = i.getRouting().wire();
        country = i.getRoutedCountry();
    }

    public int getN() { return n; }
    public String getType() { return type; }
    public String getValue() { return value; }
    public String getRole() { return role; }
    public Instant getFirstSeen() { return firstSeen; }
    public Instant getLastSeen() { return lastSeen; }
    public String getRouting() { return routing; }
    public String getCountry() { return country; }
}
