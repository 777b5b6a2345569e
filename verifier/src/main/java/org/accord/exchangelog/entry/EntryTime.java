package org.accord.exchangelog.entry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The time of a log entry: a UTC instant with microsecond precision (what a PostgreSQL {@code timestamp}
 * keeps, so a stored entry hashes the same after a round trip), written always as
 * {@code yyyy-MM-ddTHH:mm:ss.SSSSSSZ} (27 characters, six fractional digits even when they are zeros),
 * years 0000 to 9999. Hand-written because {@code DateTimeFormatter} would dominate the cost of
 * verifying a million entries.
 */
public final class EntryTime {

    /** Length of the canonical text. */
    public static final int LENGTH = 27;

    /** The shape of the canonical text: '0' stands for any digit. */
    private static final byte[] PATTERN = "0000-00-00T00:00:00.000000Z".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long MIN_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private EntryTime() {
    }

    /** Throws unless {@code time} has at most microsecond precision and a four-digit year. */
    public static Instant requireValid(Instant time) {
        if (time == null) {
            throw new IllegalArgumentException("time is required");
        }
        if (time.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("time " + time + " is finer than microseconds: truncate it first");
        }
        if (time.getEpochSecond() < MIN_SECOND || time.getEpochSecond() > MAX_SECOND) {
            throw new IllegalArgumentException("time " + time + " is outside the years 0000 to 9999");
        }
        return time;
    }

    /** The canonical text of {@code time}, e.g. {@code 2026-11-29T08:00:00.123000Z}. */
    public static String format(Instant time) {
        requireValid(time);
        LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(), ZoneOffset.UTC);
        char[] text = new char[LENGTH];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        text[19] = '.';
        digits(text, 20, t.getNano() / 1_000, 6);
        text[26] = 'Z';
        return new String(text);
    }

    /**
     * Reads an entry time: the canonical text quickly, any other ISO-8601 UTC instant ({@code ...Z}) through
     * {@link Instant#parse}, as long as it is within the rules of {@link #requireValid}.
     */
    public static Instant parse(String text) {
        Instant time = text.length() == LENGTH ? parseCanonical(text) : null;
        if (time == null) {
            try {
                time = Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("time \"" + text + "\" is not an ISO-8601 UTC instant");
            }
        }
        return requireValid(time);
    }

    /**
     * Whether {@code text[start, start + LENGTH)} is the canonical text of a valid entry time, exactly as
     * {@link #format} writes it. Works on the bytes, creating nothing: the verifier asks this per entry.
     */
    public static boolean isCanonical(byte[] text, int start) {
        if (start < 0 || start + LENGTH > text.length) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            byte expected = PATTERN[i];
            byte c = text[start + i];
            if (expected == '0' ? c < '0' || c > '9' : c != expected) {
                return false;
            }
        }
        int year = digits(text, start, 4);
        int month = digits(text, start + 5, 2);
        int day = digits(text, start + 8, 2);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
                && digits(text, start + 11, 2) <= 23 && digits(text, start + 14, 2) <= 59
                && digits(text, start + 17, 2) <= 59;
    }

    private static int digits(byte[] text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    /** The instant of canonical text, or null if the text is not canonical. */
    private static Instant parseCanonical(String text) {
        if (text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(26) != 'Z') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int micros = number(text, 20, 6);
        if ((year | month | day | hour | minute | second | micros) < 0 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null; // such as February 30: let Instant.parse give the error
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, micros * 1_000L);
    }

    /** The decimal number of {@code length} digits at {@code start}, or -1 if one is not a digit. */
    private static int number(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void digits(char[] text, int start, int value, int length) {
        for (int i = start + length - 1; i >= start; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
