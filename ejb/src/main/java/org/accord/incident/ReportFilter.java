package org.accord.incident;

import java.time.Instant;

/**
 * Criteria of a report list. Every field is optional; {@code sort} is a field name with an optional
 * leading {@code -} for descending order.
 */
public record ReportFilter(ReportStatus status, Tlp tlp, String rsitClass, Instant createdFrom, Instant createdTo,
        String sort, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public static ReportFilter firstPage(int size) {
        return new ReportFilter(null, null, null, null, null, "-createdAt", 0, size);
    }
}
