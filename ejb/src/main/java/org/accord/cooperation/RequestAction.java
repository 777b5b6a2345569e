package org.accord.cooperation;

import static org.accord.cooperation.RequestStatus.ACCEPTED;
import static org.accord.cooperation.RequestStatus.ACKNOWLEDGED;
import static org.accord.cooperation.RequestStatus.ANSWERED;
import static org.accord.cooperation.RequestStatus.CLOSED;
import static org.accord.cooperation.RequestStatus.DECLINED;
import static org.accord.cooperation.RequestStatus.EXPIRED;
import static org.accord.cooperation.RequestStatus.SENT;
import static org.accord.cooperation.RequestStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a request: each action, the side that may take it, the states it starts
 * from and the state it leads to (the table in docs/cooperation-requests.md).
 */
public enum RequestAction {
    ACKNOWLEDGE(Side.RESPONDER, ACKNOWLEDGED, SENT),
    ACCEPT(Side.RESPONDER, ACCEPTED, ACKNOWLEDGED),
    DECLINE(Side.RESPONDER, DECLINED, SENT, ACKNOWLEDGED),
    ANSWER(Side.RESPONDER, ANSWERED, ACCEPTED),
    WITHDRAW(Side.SENDER, WITHDRAWN, SENT, ACKNOWLEDGED, ACCEPTED),
    CLOSE(Side.SENDER, CLOSED, ANSWERED, DECLINED),
    EXPIRE(Side.SYSTEM, EXPIRED, SENT, ACKNOWLEDGED, ACCEPTED);

    /** Who acts on a request: the sending country, the requested country, or the deadline job. */
    public enum Side { SENDER, RESPONDER, SYSTEM }

    private final Side side;
    private final RequestStatus to;
    private final Set<RequestStatus> from;

    RequestAction(Side side, RequestStatus to, RequestStatus first, RequestStatus... more) {
        this.side = side;
        this.to = to;
        this.from = EnumSet.of(first, more);
    }

    public Side side() {
        return side;
    }

    public String wire() {
        return name().toLowerCase();
    }

    /** The state this action leads to from {@code current}, if it may be taken there at all. */
    public Optional<RequestStatus> from(RequestStatus current) {
        return from.contains(current) ? Optional.of(to) : Optional.empty();
    }

    /** The actions {@code side} may take on a request in {@code current}. */
    public static List<RequestAction> allowed(RequestStatus current, Side side) {
        return Arrays.stream(values()).filter(a -> a.side == side && a.from.contains(current)).toList();
    }

    public static Optional<RequestAction> fromWire(String wire) {
        return Arrays.stream(values()).filter(a -> a.wire().equals(wire)).findFirst();
    }
}
