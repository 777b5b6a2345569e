package org.accord.indicator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A report's indicators counted per type, role, routing and routed country: its {@code indicator_tally}, read in
 * one query (a few dozen rows), from which the page's total, its counts per type and role and the responsible
 * countries are all taken (docs/indicators.md, "At scale").
 */
public record IndicatorCounts(List<Row> rows) {

    /** {@code country} is null when the rows went to no single country. */
    public record Row(String kind, String role, String routing, String country, long count) {
    }

    /** Rows matching the filter's type, role, routing and country (its prefix is not counted here). */
    public long matching(IndicatorFilter filter) {
        return rows.stream()
                .filter(r -> filter.type() == null || filter.type().wire().equals(r.kind()))
                .filter(r -> filter.role() == null || filter.role().wire().equals(r.role()))
                .filter(r -> filter.routing() == null || filter.routing().wire().equals(r.routing()))
                .filter(r -> filter.country() == null || filter.country().equals(r.country()))
                .mapToLong(Row::count).sum();
    }

    public Map<String, Long> byType() {
        return by(Row::kind);
    }

    public Map<String, Long> byRole() {
        return by(Row::role);
    }

    public long routedTo(String country) {
        return rows.stream().filter(r -> country.equals(r.country())).mapToLong(Row::count).sum();
    }

    private Map<String, Long> by(Function<Row, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(key.apply(r), r.count(), Long::sum));
        return counts;
    }
}
