package org.accord.indicator.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.accord.indicator.ImportContext;
import org.accord.indicator.ImportResult;
import org.accord.indicator.IndicatorImport;
import org.accord.indicator.LineError;

/**
 * A committed import: what was read, added, merged and skipped, how the new rows routed, the skipped lines, the
 * job that ran it; for a STIX bundle what was kept as context (absent for other formats).
 */
public record ImportView(long id, String report, String format, boolean skipInvalid, long lines, long added,
        long merged, long skipped, long errorCount, List<LineError> lineErrors, Map<String, Long> routing,
        String importedBy, Instant importedAt, long millis, String job, ImportContext context) {

    public static ImportView of(ImportResult result) {
        IndicatorImport r = result.record();
        return new ImportView(r.getId(), result.reportReference(), r.getFormat(), r.isSkipInvalid(), r.getLinesRead(),
                r.getAdded(), r.getMerged(), r.getSkipped(), result.errorCount(), result.lineErrors(),
                Map.of("matched", r.getMatched(), "conflict", r.getConflicts(), "unmatched", r.getUnmatched(),
                        "none", r.getNotRoutable()), r.getImportedBy(), r.getImportedAt(), r.getMillis(),
                r.getJobId(), result.context());
    }
}
