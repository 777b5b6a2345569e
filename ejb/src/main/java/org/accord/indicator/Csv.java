package org.accord.indicator;

/** RFC 4180 quoting of one field, for exports that the import reads back. */
public final class Csv {

    private Csv() {
    }

    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
