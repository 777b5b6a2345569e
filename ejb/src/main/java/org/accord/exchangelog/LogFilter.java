package org.accord.exchangelog;

import java.time.Instant;

/** The auditor's filters on the log; each is optional. {@code partner} is a country involved. */
public record LogFilter(String partner, String action, String objectId, Instant from, Instant to, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    /** A short, content-free description of the filter, recorded when the log is read. */
    String describe() {
        StringBuilder text = new StringBuilder("page=").append(page).append(" size=").append(size);
        if (partner != null) {
            text.append(" partner=").append(partner);
        }
        if (action != null) {
            text.append(" action=").append(action);
        }
        if (objectId != null) {
            text.append(" object=").append(objectId);
        }
        if (from != null) {
            text.append(" from=").append(from);
        }
        if (to != null) {
            text.append(" to=").append(to);
        }
        return text.length() <= 500 ? text.toString() : text.substring(0, 500);
    }
}
