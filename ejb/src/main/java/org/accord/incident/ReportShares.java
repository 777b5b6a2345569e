package org.accord.incident;

/**
 * Whether the owner of a report has shared it with another country, read-only. Cooperation
 * requests share the reports they are about (docs/cooperation-requests.md, "Who sees"); that
 * feature implements this, so that reports need not know about requests.
 */
public interface ReportShares {

    /** The agreement under which {@code report} is shown to {@code country} now, or null if it is not. */
    String sharingAgreement(IncidentReport report, String country);
}
