package org.accord.common;

/** The client's version (If-Match) is not the current one; nothing was changed. */
public class StaleVersionException extends BusinessException {

    public StaleVersionException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
