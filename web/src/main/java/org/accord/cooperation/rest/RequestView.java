package org.accord.cooperation.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.accord.cooperation.CooperationRequest;
import org.accord.cooperation.LinkedReport;
import org.accord.cooperation.RequestAction;
import org.accord.cooperation.RequestMessage;
import org.accord.cooperation.RequestTransition;

/**
 * A request as either side (or an auditor) sees it at the time of the call: its deadlines as instants
 * and as seconds left (negative when overdue), the linked reports as the caller may see them, the
 * state changes, the thread, and the actions the caller may take now.
 */
public record RequestView(String id, String from, String to, String type, String title, String body,
        String agreement, String status, String sentBy, Instant sentAt, DeadlinesView deadlines,
        List<LinkedReport> reports, List<TransitionView> history, List<MessageView> messages,
        List<String> allowedActions) {

    public record DeadlinesView(Instant acknowledgeBy, Instant answerBy, Instant expiresAt, Instant next,
            Long secondsLeft, boolean overdue, boolean escalated) {

        static DeadlinesView of(CooperationRequest r, Instant now) {
            Instant next = r.getNextDueAt();
            return new DeadlinesView(r.getAcknowledgeBy(), r.getAnswerBy(), r.getExpiresAt(), next,
                    next == null ? null : Duration.between(now, next).toSeconds(), r.isOverdue(now), r.isEscalated());
        }
    }

    public record TransitionView(String from, String to, String by, String country, Instant at, String reason) {
        static TransitionView of(RequestTransition t) {
            return new TransitionView(t.getFromStatus() == null ? null : t.getFromStatus().wire(),
                    t.getToStatus().wire(), t.getActor(), t.getActorCountry(), t.getAt(), t.getReason());
        }
    }

    public record MessageView(String author, String country, Instant at, String kind, String text) {
        static MessageView of(RequestMessage m) {
            return new MessageView(m.getAuthor(), m.getAuthorCountry(), m.getAt(), m.getKind(), m.getBody());
        }
    }

    static RequestView of(CooperationRequest r, List<LinkedReport> reports, List<RequestAction> allowed, Instant now) {
        return new RequestView(r.getReference(), r.getSenderCountry(), r.getRequestedCountry(), r.getRequestType(),
                r.getTitle(), r.getBody(), r.getAgreementReference(), r.getStatus().wire(), r.getSentBy(),
                r.getSentAt(), DeadlinesView.of(r, now), reports,
                r.getTransitions().stream().map(TransitionView::of).toList(),
                r.getMessages().stream().map(MessageView::of).toList(),
                allowed.stream().map(RequestAction::wire).toList());
    }
}
