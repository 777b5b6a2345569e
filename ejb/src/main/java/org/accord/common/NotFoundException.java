package org.accord.common;

/** The object does not exist or is not visible to the caller; existence is never revealed across countries. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
