package org.accord.indicator;

/** A value that is not a valid indicator of its type; the message is the reason shown to the reporter. */
public class InvalidValueException extends Exception {

    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
