package org.accord.indicator;

import java.util.List;
import java.util.Map;

/**
 * One page of a report's indicators, with the report's counts per type and per role (all pages); when
 * {@code totalExact} is false the matches were counted only up to {@code total}, and there are more.
 */
public record IndicatorPage(List<Indicator> items, int page, int size, long total, boolean totalExact,
        Map<String, Long> countsByType, Map<String, Long> countsByRole) {
}
