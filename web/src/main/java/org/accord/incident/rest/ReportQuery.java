package org.accord.incident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.accord.common.InvalidInputException;
import org.accord.incident.ReportFilter;
import org.accord.incident.ReportStatus;
import org.accord.incident.Tlp;

/** Turns the list's query parameters into a filter, naming the parameter that is wrong. */
final class ReportQuery {

    private ReportQuery() {
    }

    static ReportFilter filter(String status, String tlp, String rsitClass, String from, String to, String sort,
            int page, int size) {
        return new ReportFilter(status(status), tlp(tlp), blankToNull(rsitClass), instant("from", from, false),
                instant("to", to, true), sort, page, size);
    }

    private static ReportStatus status(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Arrays.stream(ReportStatus.values()).filter(s -> s.wire().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", "must be draft, submitted, triaged or closed"));
    }

    private static Tlp tlp(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        // a '+' that was not percent-encoded arrives as a space
        return Tlp.fromLabel(value.replace(' ', '+'))
                .orElseThrow(() -> new InvalidInputException("tlp", "must be a TLP 2.0 label"));
    }

    /** An ISO instant, or a date (the start of that day in UTC; for {@code to}, the start of the next day). */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date (2026-11-29) or an instant (2026-11-29T08:00:00Z)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
