package org.accord.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accord.common.AccessDeniedException;
import org.accord.common.ConflictException;
import org.accord.cooperation.RequestAction.Side;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The request's state machine: every legal step by the right side, every other one refused. */
class RequestStateMachineTest {

    static final Instant SENT_AT = Instant.parse("2026-11-30T09:00:00Z");

    /** The shortest way from {@code sent} to each state, by the side that takes each step. */
    static final Map<RequestStatus, List<RequestAction>> PATHS = Map.of(
            RequestStatus.SENT, List.of(),
            RequestStatus.ACKNOWLEDGED, List.of(RequestAction.ACKNOWLEDGE),
            RequestStatus.ACCEPTED, List.of(RequestAction.ACKNOWLEDGE, RequestAction.ACCEPT),
            RequestStatus.DECLINED, List.of(RequestAction.DECLINE),
            RequestStatus.ANSWERED, List.of(RequestAction.ACKNOWLEDGE, RequestAction.ACCEPT, RequestAction.ANSWER),
            RequestStatus.CLOSED, List.of(RequestAction.DECLINE, RequestAction.CLOSE),
            RequestStatus.WITHDRAWN, List.of(RequestAction.WITHDRAW),
            RequestStatus.EXPIRED, List.of(RequestAction.EXPIRE));

    /** The table of docs/cooperation-requests.md, written out once more by hand. */
    static final Map<RequestAction, List<RequestStatus>> LEGAL_FROM = Map.of(
            RequestAction.ACKNOWLEDGE, List.of(RequestStatus.SENT),
            RequestAction.ACCEPT, List.of(RequestStatus.ACKNOWLEDGED),
            RequestAction.DECLINE, List.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED),
            RequestAction.ANSWER, List.of(RequestStatus.ACCEPTED),
            RequestAction.WITHDRAW, List.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, RequestStatus.ACCEPTED),
            RequestAction.CLOSE, List.of(RequestStatus.ANSWERED, RequestStatus.DECLINED),
            RequestAction.EXPIRE, List.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, RequestStatus.ACCEPTED));

    static final Map<RequestAction, Side> RIGHT_SIDE = Map.of(
            RequestAction.ACKNOWLEDGE, Side.RESPONDER, RequestAction.ACCEPT, Side.RESPONDER,
            RequestAction.DECLINE, Side.RESPONDER, RequestAction.ANSWER, Side.RESPONDER,
            RequestAction.WITHDRAW, Side.SENDER, RequestAction.CLOSE, Side.SENDER, RequestAction.EXPIRE, Side.SYSTEM);

    static CooperationRequest sent() {
        RequestDraft draft = new RequestDraft("US", "information-request", "C2 servers in your networks", "Please act",
                List.of("CN-2026-000001"), null);
        Deadlines deadlines = new Deadlines(SENT_AT.plus(Duration.ofHours(24)), SENT_AT.plus(Duration.ofDays(7)),
                SENT_AT.plus(Duration.ofDays(12)));
        return new CooperationRequest(draft, "CN", "AG-2026-0050", List.of(), deadlines, "cn-reporter", SENT_AT);
    }

    static CooperationRequest in(RequestStatus status) {
        CooperationRequest request = sent();
        Instant at = SENT_AT;
        for (RequestAction step : PATHS.get(status)) {
            at = at.plusSeconds(60);
            request.perform(step, step.side(), "someone", step.side() == Side.SENDER ? "CN" : "US", "why", at);
        }
        assertEquals(status, request.getStatus());
        return request;
    }

    @TestFactory
    Stream<DynamicTest> everyActionInEveryStateByEverySide() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            for (RequestAction action : RequestAction.values()) {
                for (Side side : Side.values()) {
                    boolean legal = LEGAL_FROM.get(action).contains(status) && RIGHT_SIDE.get(action) == side;
                    tests.add(DynamicTest.dynamicTest(side + " " + action.wire() + " when " + status.wire() + " → "
                            + (legal ? "allowed" : "refused"), () -> check(status, action, side, legal)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(RequestStatus status, RequestAction action, Side side, boolean legal) {
        CooperationRequest request = in(status);
        int before = request.getTransitions().size();
        Instant at = SENT_AT.plus(Duration.ofHours(3));
        if (legal) {
            request.perform(action, side, "actor", "XX", "reason", at);
            RequestTransition last = request.getTransitions().get(before);
            assertEquals(status, last.getFromStatus());
            assertEquals(request.getStatus(), last.getToStatus());
            assertEquals("actor", last.getActor());
            assertEquals(at, last.getAt());
            assertTrue(RequestAction.allowed(status, side).contains(action));
            return;
        }
        if (RIGHT_SIDE.get(action) != side) {
            var e = assertThrows(AccessDeniedException.class, () -> request.perform(action, side, "a", "XX", null, at));
            assertTrue(e.getMessage().contains("Only the"), e.getMessage());
        } else {
            var e = assertThrows(ConflictException.class, () -> request.perform(action, side, "a", "XX", null, at));
            assertTrue(e.getMessage().contains("is " + status.wire() + " and cannot be"), e.getMessage());
        }
        assertEquals(status, request.getStatus(), "a refused step changes nothing");
        assertEquals(before, request.getTransitions().size());
    }

    @Test
    void theFullJourneyKeepsWhoAndWhenOfEachStep() {
        CooperationRequest request = in(RequestStatus.ANSWERED);
        request.perform(RequestAction.CLOSE, Side.SENDER, "cn-liaison", "CN", null, SENT_AT.plusSeconds(600));
        List<RequestStatus> path = request.getTransitions().stream().map(RequestTransition::getToStatus).toList();
        assertEquals(List.of(RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, RequestStatus.ACCEPTED,
                RequestStatus.ANSWERED, RequestStatus.CLOSED), path);
        assertEquals("cn-reporter", request.getTransitions().get(0).getActor());
        assertEquals(SENT_AT, request.getTransitions().get(0).getAt());
        assertEquals(SENT_AT.plusSeconds(600), request.getStatusChangedAt());
    }

    @Test
    void finalStatesTakeNoMessages() {
        for (RequestStatus status : List.of(RequestStatus.CLOSED, RequestStatus.WITHDRAWN, RequestStatus.EXPIRED)) {
            var e = assertThrows(ConflictException.class,
                    () -> in(status).post(RequestMessage.MESSAGE, "hello", "u", "CN", SENT_AT.plusSeconds(900)));
            assertTrue(e.getMessage().contains(status.wire()));
        }
        CooperationRequest open = in(RequestStatus.DECLINED);
        open.post(RequestMessage.MESSAGE, "why?", "cn-liaison", "CN", SENT_AT.plusSeconds(900));
        assertEquals(1, open.getMessages().size());
    }

    @Test
    void overdueEscalatesEachMissedDeadlineOnceAndExpiresAfterTheGracePeriod() {
        CooperationRequest request = sent();
        assertFalse(request.isOverdue(SENT_AT.plus(Duration.ofHours(24))));
        Instant ackLate = SENT_AT.plus(Duration.ofHours(25));
        assertTrue(request.isAcknowledgementOverdue(ackLate));
        assertEquals(List.of("acknowledgement"), request.escalate(ackLate));
        assertEquals(List.of(), request.escalate(ackLate.plusSeconds(60)), "escalated once");
        assertTrue(request.isEscalated());

        request.perform(RequestAction.ACKNOWLEDGE, Side.RESPONDER, "us-liaison", "US", null, ackLate.plusSeconds(90));
        assertFalse(request.isOverdue(ackLate.plusSeconds(120)), "acknowledged, answer not yet due");
        assertEquals(request.getAnswerBy(), request.getNextDueAt());
        Instant answerLate = SENT_AT.plus(Duration.ofDays(8));
        assertEquals(List.of("answer"), request.escalate(answerLate));
        assertFalse(request.isExpiredBy(answerLate));
        assertTrue(request.isExpiredBy(SENT_AT.plus(Duration.ofDays(13))));

        request.perform(RequestAction.DECLINE, Side.RESPONDER, "us-liaison", "US", "no", answerLate.plusSeconds(5));
        assertFalse(request.isOverdue(SENT_AT.plus(Duration.ofDays(30))), "declined: no deadline runs");
        assertFalse(request.isExpiredBy(SENT_AT.plus(Duration.ofDays(30))));
        assertEquals(null, request.getNextDueAt());
    }
}
