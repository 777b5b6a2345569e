package org.accord.exchangelog.merkle;

/**
 * A Merkle proof does not prove what it claims: malformed (wrong hash length, index or sizes out of
 * range, elements missing or extra) or not matching the given root hashes. The message says which.
 * It is a verdict on input, not a fault in the program, so it collects no stack trace: rejecting a
 * proof costs no more than accepting one.
 */
public final class InvalidProofException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidProofException(String message) {
        super(message, null, false, false);
    }
}
