package org.accord.exchangelog.ui;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.accord.exchangelog.ExchangeLogEntry;
import org.accord.exchangelog.entry.LogEntry;

/** One line of the log table: an entry's fields, its leaf hash, and whether its object can be opened. */
public final class LogRow {

    private final LogEntry entry;
    private final String leafHash;
    private final boolean reportLink;

    private LogRow(LogEntry entry, String leafHash, boolean reportLink) {
        this.entry = entry;
        this.leafHash = leafHash;
        this.reportLink = reportLink;
    }

    /**
     * {@code readable} says whether the viewer may open a report of a country. A report of a country the
     * viewer may not read gets no link: it would only lead to the "not found" page (and log a refusal).
     */
    static LogRow of(ExchangeLogEntry stored, Predicate<String> readable) {
        LogEntry entry = stored.record();
        boolean link = "report".equals(entry.objectType()) && readable.test(ownerOf(entry.objectId()));
        return new LogRow(entry, stored.getLeafHash(), link);
    }

    /** A report id starts with its country: {@code CN-2026-000123}. */
    static String ownerOf(String reportId) {
        int dash = reportId.indexOf('-');
        return dash < 0 ? "" : reportId.substring(0, dash);
    }

    public long getSeq() {
        return entry.seq();
    }

    public Instant getTime() {
        return entry.time();
    }

    public String getActor() {
        return entry.actor();
    }

    public String getActorCountry() {
        return entry.actorCountry();
    }

    public String getAction() {
        return entry.action();
    }

    /** Refusals by the rules and denied reads are logged as {@code <action>.refused}. */
    public boolean isRefused() {
        return entry.action().endsWith(".refused");
    }

    public List<String> getCountries() {
        return entry.countries();
    }

    public String getObjectType() {
        return entry.objectType();
    }

    public String getObjectId() {
        return entry.objectId();
    }

    public boolean isReportLink() {
        return reportLink;
    }

    public String getAgreementId() {
        return entry.agreementId();
    }

    public String getOutcome() {
        return entry.outcome();
    }

    /** Base64 of SHA-256(0x00 ‖ canonical entry), RFC 9162 §2.1.1. */
    public String getLeafHash() {
        return leafHash;
    }
}
