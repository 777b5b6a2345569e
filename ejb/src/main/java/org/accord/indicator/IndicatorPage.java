package org.accord.indicator;

import java.util.List;
import java.util.Map;

/** One page of a report's indicators, with the report's counts per type and per role (all pages). */
public record IndicatorPage(List<Indicator> items, int page, int size, long total, Map<String, Long> countsByType,
        Map<String, Long> countsByRole) {
}
