package org.accord.incident.rest;

import java.util.List;

/** One page of reports with the total the caller may see. */
public record ReportPageView(List<ReportView> items, int page, int size, long total, boolean totalExact) {
}
