package org.accord.common;

/** A body above a size limit (a file limit or a country's quota); nothing of it was kept. */
public class PayloadTooLargeException extends BusinessException {

    public PayloadTooLargeException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
