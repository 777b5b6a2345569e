package org.accord.incident;

/**
 * A report as the caller may see it. Auditors read a TLP:RED report's metadata but not its content
 * (PRODUCT.md, "Auditor"), so {@code contentVisible} is false for them.
 */
public record VisibleReport(IncidentReport report, boolean contentVisible) {
}
