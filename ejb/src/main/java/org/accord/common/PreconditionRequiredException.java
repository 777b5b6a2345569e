package org.accord.common;

/** The call needs a precondition header (If-Match) to protect against lost updates. */
public class PreconditionRequiredException extends BusinessException {

    public PreconditionRequiredException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
