package org.accord.common;

import jakarta.persistence.OptimisticLockException;

/** The client's version (If-Match) is not the current one; nothing was changed. */
public class StaleVersionException extends BusinessException {

    public StaleVersionException(String message) {
        super(message);
    }

    /** Refuses a change the client based on another version of {@code what} than the current one. */
    public static void requireVersion(String what, long current, Long expected) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(what + " is at version " + current + ", not " + expected);
        }
    }

    /** Writes the pending changes; someone else's change in the meantime becomes this exception. */
    public static void flush(Runnable flush, String what) {
        try {
            flush.run();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(what + " was changed by someone else");
        }
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
