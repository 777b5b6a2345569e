package org.accord.indicator.rest;

import java.util.List;
import java.util.Map;

/**
 * One page of indicators with the total matching the filters (counted only up to {@code total} when
 * {@code totalExact} is false) and the report's counts per type and role.
 */
public record IndicatorPageView(List<IndicatorView> items, int page, int size, long total, boolean totalExact,
        Map<String, Long> countsByType, Map<String, Long> countsByRole) {
}
