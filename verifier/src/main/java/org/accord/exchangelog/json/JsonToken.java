package org.accord.exchangelog.json;

/** The kind of the next JSON value, as seen by {@link JsonCursor#peek()}. */
public enum JsonToken {
    OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL
}
