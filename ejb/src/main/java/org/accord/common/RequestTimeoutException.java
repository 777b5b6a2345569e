package org.accord.common;

/** A request body that came too slowly (a slow-drip client); nothing of it was kept. */
public class RequestTimeoutException extends BusinessException {

    public RequestTimeoutException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Request timeout";
    }
}
