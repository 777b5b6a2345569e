package org.accord.indicator;

/** One refused line of an import: its number (from 1), the value as sent (cut to 100 characters), why. */
public record LineError(long line, String value, String reason) {

    static LineError of(long line, String value, String reason) {
        String shown = value == null ? "" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
        return new LineError(line, shown, reason);
    }
}
