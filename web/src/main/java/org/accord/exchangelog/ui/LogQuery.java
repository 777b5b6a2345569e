package org.accord.exchangelog.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.exchangelog.LogFilter;

/**
 * The log page's filters as the URL carries them
 * ({@code ?partner=US&action=report.read.refused&objectId=CN-2026-000001&from=2026-11-01&to=2026-11-30&page=2}),
 * turned into the service's {@link LogFilter}. Dates are whole days in UTC and both are included:
 * {@code to=2026-11-30} means up to the end of that day. A value that makes no sense is named in a
 * problem, and then the log is not read at all, rather than read with a filter the user did not ask for.
 */
final class LogQuery {

    static final int PAGE_SIZE = 50;

    /** ISO 3166-1 alpha-2, or INT for the oversight body. */
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|INT");

    private final List<String> problems = new ArrayList<>();
    private final LogFilter filter;

    LogQuery(String partner, String action, String objectId, String from, String to, String page) {
        String country = blankToNull(partner);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            problems.add("Partner country: \"" + country + "\" is not a country code such as US.");
        }
        Instant start = startOf("From", from, 0);
        Instant end = startOf("To", to, 1);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add("From must be a day before or equal to To.");
        }
        filter = new LogFilter(country, blankToNull(action), blankToNull(objectId), start, end, pageNumber(page) - 1,
                PAGE_SIZE);
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    /** What is wrong with the filters, in the order of the form's fields; empty when nothing is. */
    List<String> problems() {
        return problems;
    }

    LogFilter filter() {
        return filter;
    }

    /** The page asked for, counted from 1 as people count; a bad or missing parameter means the first. */
    static int pageNumber(String param) {
        try {
            return param == null ? 1 : Math.max(1, Integer.parseInt(param.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** Midnight UTC at the start of the day {@code plusDays} after the given one, or null for no date. */
    private Instant startOf(String label, String day, int plusDays) {
        String value = blankToNull(day);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(label + ": \"" + value + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
