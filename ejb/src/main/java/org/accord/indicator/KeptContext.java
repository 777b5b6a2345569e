package org.accord.indicator;

import java.util.List;
import java.util.Map;

/**
 * The STIX objects a report keeps as context (docs/indicators.md, "STIX 2.1 import"): how many per STIX type,
 * and the objects kept for a stated reason (indicators whose pattern is not reducible) with that reason.
 */
public record KeptContext(Map<String, Long> byType, long total, List<Note> notes) {

    public record Note(String id, String reason) {
    }
}
