package org.accord.exchangelog.verifier;

/** An input file is missing or cannot be read as what it should be: nothing could be verified. */
public final class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
