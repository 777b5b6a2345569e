package org.accord.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.accord.common.InvalidInputException;

/** Parses query parameters, naming the parameter that is wrong (422) instead of a bare 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static int number(String name, String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number");
        }
    }

    /** An ISO instant, or a date (the start of that day in UTC; with {@code endOfDay}, of the next day). */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
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
}
