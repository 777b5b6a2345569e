package org.accord.indicator;

import java.util.List;
import java.util.Map;

/**
 * Which countries a report's indicators route to (docs/indicators.md, "Routing"): per country the
 * indicators per role, and how many are in conflict, unmatched, or not routable.
 */
public record ResponsibleCountries(List<CountryShare> countries, long conflicts, long unmatched, long notRoutable) {

    /** One responsible country: its code, its indicators in total and per role. */
    public record CountryShare(String country, long total, Map<String, Long> byRole) {
    }
}
