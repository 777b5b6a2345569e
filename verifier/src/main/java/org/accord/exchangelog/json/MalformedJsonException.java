package org.accord.exchangelog.json;

/** The text is not JSON (RFC 8259), or not the JSON the reader expects; the message says where. */
public final class MalformedJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message);
    }
}
