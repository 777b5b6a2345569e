package org.accord.indicator;

import java.util.List;

/**
 * A committed import and the lines it skipped (for a replayed import: those it stored); for a STIX import what
 * it kept as context (null otherwise).
 */
public record ImportResult(IndicatorImport record, String reportReference, List<LineError> lineErrors,
        long errorCount, ImportContext context) {

    ImportResult(IndicatorImport record, String reportReference, List<LineError> lineErrors, long errorCount) {
        this(record, reportReference, lineErrors, errorCount, record.getContext());
    }
}
