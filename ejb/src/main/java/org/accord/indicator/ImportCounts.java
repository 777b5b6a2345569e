package org.accord.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did so far: lines (or STIX objects), rows added, merged, skipped, routing outcomes, the first
 * errors, the STIX objects kept as context.
 */
final class ImportCounts {

    static final int MAX_ERRORS = 1000;

    long lines;
    long added;
    long merged;
    long skipped;
    long errorCount;
    final long[] byRouting = new long[Routing.values().length];
    final List<LineError> errors = new ArrayList<>();
    /** STIX objects kept as context, per STIX type; the first notes on why (patterns not reducible). */
    final Map<String, Long> contextByType = new TreeMap<>();
    final List<LineError> contextNotes = new ArrayList<>();

    void error(LineError error) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        }
    }

    void context(long number, ContextObject object) {
        contextByType.merge(object.type(), 1L, Long::sum);
        if (object.note() != null && contextNotes.size() < MAX_ERRORS) {
            contextNotes.add(LineError.of(number, object.id(), "kept as context: " + object.note()));
        }
    }
}
