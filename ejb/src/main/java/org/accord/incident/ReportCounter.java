package org.accord.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last report number a country used in a year. Read under a row lock, so parallel filings of
 * one country get consecutive, unique numbers; other countries are not blocked.
 */
@Entity
@Table(name = "report_counter")
public class ReportCounter {

    @Id
    @Column(name = "country_code")
    private String countryCode;

    @Column(name = "counter_year", nullable = false)
    private int year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ReportCounter() {
    }

    ReportCounter(String countryCode, int year) {
        this.countryCode = countryCode;
        this.year = year;
    }

    /** The next readable id, e.g. {@code CN-2026-000124}; numbering restarts each year. */
    String nextReference(int currentYear) {
        if (currentYear != year) {
            year = currentYear;
            lastNumber = 0;
        }
        lastNumber++;
        return String.format("%s-%d-%06d", countryCode, year, lastNumber);
    }
}
