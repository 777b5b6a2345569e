package org.accord.common;

import jakarta.ejb.ApplicationException;

/**
 * A refusal by a business rule. Thrown through EJB boundaries unwrapped and rolls the transaction
 * back, so a refused call changes nothing. The web tier maps each subtype to one HTTP status.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }

    /** Short, stable title of the problem type (RFC 9457 {@code title}). */
    public abstract String title();
}
