package org.accord.indicator;

import java.util.ArrayList;
import java.util.List;

/** What an import did so far: lines, rows added, merged, skipped, routing outcomes, the first errors. */
final class ImportCounts {

    static final int MAX_ERRORS = 1000;

    long lines;
    long added;
    long merged;
    long skipped;
    long errorCount;
    final long[] byRouting = new long[Routing.values().length];
    final List<LineError> errors = new ArrayList<>();

    void error(LineError error) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        }
    }
}
