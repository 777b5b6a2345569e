package org.accord.common;

/** The caller's role or country does not allow this action. */
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
