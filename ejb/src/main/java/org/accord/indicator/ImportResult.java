package org.accord.indicator;

import java.util.List;

/** A committed import and the lines it skipped (for a replayed import: those it stored). */
public record ImportResult(IndicatorImport record, String reportReference, List<LineError> lineErrors,
        long errorCount) {
}
