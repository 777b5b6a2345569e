package org.accord.cooperation;

import java.util.Arrays;
import java.util.Optional;

/** Where a request stands (docs/cooperation-requests.md, "States"). */
public enum RequestStatus {
    SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, ANSWERED, CLOSED, WITHDRAWN, EXPIRED;

    public String wire() {
        return name().toLowerCase();
    }

    /** Waiting for the responder: deadlines run, the request can still expire. */
    public boolean isAwaitingResponder() {
        return this == SENT || this == ACKNOWLEDGED || this == ACCEPTED;
    }

    /** Nothing more happens: no action, no message. */
    public boolean isFinal() {
        return this == CLOSED || this == WITHDRAWN || this == EXPIRED;
    }

    public static Optional<RequestStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}
