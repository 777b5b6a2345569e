package org.accord.common;

/** The object is not in a state that allows this action. */
public class ConflictException extends BusinessException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
